/*
 * 社区协商 · 统计分析: draws each table of the page as an ECharts chart. The figures come from the page itself
 * (<script type="application/json" id="statistics-data">), the same rows as the tables below each chart; the total
 * row is not charted. Loaded as a file of this site: the page's content security policy allows no inline script.
 */
(function () {
  'use strict';
  var source = document.getElementById('statistics-data');
  if (!source || typeof echarts === 'undefined') {
    return;
  }
  var data = JSON.parse(source.textContent);
  var colours = ['#b3261e', '#1f6feb', '#2e7d32', '#b26a00', '#6f42c1', '#00838f', '#5f6b7a', '#c2185b'];
  var charts = [];

  function label(row, columns) {
    return columns.map(function (c) { return row[c]; }).join(' · ');
  }

  function rowsOf(table) {
    return table.totalRow ? table.rows.slice(0, -1) : table.rows;
  }

  function value(cell) {
    return cell === null || cell === undefined ? 0 : cell;
  }

  function pie(table, rows) {
    var spec = table.chart;
    var slices;
    if (spec.series.length === 1) {
      slices = rows.map(function (row) { return {name: label(row, spec.category), value: value(row[spec.series[0]])}; });
    } else {
      slices = spec.series.map(function (c) { return {name: table.columns[c], value: value(rows[0][c])}; });
    }
    if (slices.every(function (slice) { return slice.value === 0; })) {
      return {title: {text: '暂无数据', left: 'center', top: 'middle', textStyle: {color: '#5f6b7a', fontSize: 14, fontWeight: 'normal'}}};
    }
    return {
      color: colours,
      tooltip: {trigger: 'item', formatter: '{b}：{c}（{d}%）'},
      legend: {bottom: 0, type: 'scroll'},
      series: [{type: 'pie', radius: ['35%', '65%'], center: ['50%', '45%'],
        data: slices.filter(function (slice) { return slice.value > 0; }),
        label: {formatter: '{b}\n{c}'}}]
    };
  }

  function bars(table, rows) {
    var spec = table.chart;
    var horizontal = spec.type === 'hbar';
    var categories = rows.map(function (row) { return label(row, spec.category); });
    var categoryAxis = {type: 'category', data: categories, axisLabel: {interval: 0, width: 90, overflow: 'truncate'}};
    var valueAxis = {type: 'value', minInterval: 1};
    if (horizontal) {
      categories.reverse();
    }
    return {
      color: colours,
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 8, right: 16, top: 16, bottom: 40, containLabel: true},
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: spec.series.map(function (c) {
        var values = rows.map(function (row) { return value(row[c]); });
        if (horizontal) {
          values.reverse();
        }
        return {name: table.columns[c], type: 'bar', data: values, stack: spec.type === 'stack' ? 'all' : undefined,
          barMaxWidth: 36, label: {show: spec.type !== 'stack', position: horizontal ? 'right' : 'top'}};
      })
    };
  }

  data.tables.forEach(function (table) {
    var element = document.getElementById('chart-' + table.id);
    var rows = rowsOf(table);
    if (!element || !table.chart || rows.length === 0) {
      return;
    }
    var chart = echarts.init(element, null, {renderer: 'canvas'});
    chart.setOption(table.chart.type === 'pie' ? pie(table, rows) : bars(table, rows));
    charts.push(chart);
  });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();

package com.civicflow.consultation.statistics;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** The statistics' figures on the embedded default database (H2), in a database of their own. */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:statistics-${random.uuid};DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@DirtiesContext
class StatisticsTest extends StatisticsFigures {}

package com.civicflow.consultation.system;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's {@link AuthorizationManager} with one statement replaced. Before every authorization check the engine
 * narrows the user's groups to those that hold any authorization, and learns those by reading every distinct
 * {@code GROUP_ID_} of {@code ACT_RU_AUTHORIZATION} once per command. The table holds a grant per candidate group of
 * every open task (the engine's default authorization provider), so at district scale that is a scan of over 100,000
 * rows three times per Tasklist page (docs/benchmark.md, "Tasklist filters"). This manager asks the same question
 * only for the user's own groups, one indexed look-up each ({@code ACT_IDX_AUTH_GROUP_ID}): same answer, no cache to
 * keep right across commands or nodes.
 */
public final class AuthorizedGroups implements SessionFactory {

  private final String tablePrefix;

  public AuthorizedGroups(String tablePrefix) {
    this.tablePrefix = tablePrefix == null ? "" : tablePrefix;
  }

  @Override
  public Class<?> getSessionType() {
    return AuthorizationManager.class;
  }

  @Override
  public Session openSession() {
    return new Manager("SELECT 1 FROM " + tablePrefix + "ACT_RU_AUTHORIZATION WHERE GROUP_ID_ = ? FETCH FIRST 1 ROWS ONLY");
  }

  /** Command scoped like the engine's own: each group is looked up at most once per command. */
  static final class Manager extends AuthorizationManager {

    private final String probe;
    private final Map<String, Boolean> known = new HashMap<>();

    Manager(String probe) {
      this.probe = probe;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return EMPTY_LIST;
      }
      List<String> authorized = new ArrayList<>();
      for (String group : new LinkedHashSet<>(authenticatedGroupIds)) {
        if (group != null && known.computeIfAbsent(group, this::holdsAuthorizations)) {
          authorized.add(group);
        }
      }
      return authorized;
    }

    private boolean holdsAuthorizations(String group) {
      Connection connection = Context.getCommandContext().getDbSqlSession().getSqlSession().getConnection();
      try (PreparedStatement statement = connection.prepareStatement(probe)) {
        statement.setString(1, group);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next();
        }
      } catch (SQLException e) {
        throw new ProcessEngineException("could not look up the authorizations of group " + group, e);
      }
    }
  }
}

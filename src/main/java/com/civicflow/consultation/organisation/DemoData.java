package com.civicflow.consultation.organisation;

import com.civicflow.consultation.system.ConsultationProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The demo users (one per role in every demo community, street and district), loaded when
 * {@code consultation.demo-data.enabled}. Idempotent: existing users are left as they are.
 */
@Component
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);
  static final String EMAIL_DOMAIN = "demo.civicflow.example";

  private final IdentityBootstrap identity;
  private final ConsultationProperties properties;

  DemoData(IdentityBootstrap identity, ConsultationProperties properties) {
    this.identity = identity;
    this.properties = properties;
  }

  public void load() {
    ConsultationProperties.DemoData demo = properties.demoData();
    if (demo == null || !demo.enabled()) {
      return;
    }
    List<Map<String, Object>> users = read(demo.users());
    for (Map<String, Object> u : users) {
      String id = (String) u.get("id");
      String unit = (String) u.get("unit");
      String email = (String) u.getOrDefault("email", id + "@" + EMAIL_DOMAIN);
      identity.ensureUser(id, (String) u.get("name"), "（" + u.get("title") + "）", email, demo.password());
      @SuppressWarnings("unchecked")
      List<String> roles = (List<String>) u.get("roles");
      for (String role : roles) {
        RoleGroup.byId(role).orElseThrow(() -> new IllegalStateException("演示用户 " + id + " 的角色未知: " + role));
        identity.ensureMembership(id, role);
      }
      if (unit.startsWith("unit-")) {
        identity.ensureMembership(id, unit); // the unit group is a member of the tenants it serves
      } else {
        identity.tenantsForUnit(unit).forEach(t -> identity.ensureUserInTenant(id, t));
      }
    }
    LOG.info("Demo data: {} demo users (password '{}')", users.size(), demo.password());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> read(org.springframework.core.io.Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      return (List<Map<String, Object>>) root.get("users");
    } catch (IOException e) {
      throw new UncheckedIOException("演示用户文件无法读取: " + resource.getDescription(), e);
    }
  }
}

package org.hipkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.hipkit.catalog.HipCatalog;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.json.HipJsonException.Problem;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.hipkit.protocol.Protocol;
import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson module: discovery through ServiceLoader, and the same documents as {@link HipJson}. */
class HipJsonModuleTest {

  @Test
  void serviceLoader_findsTheModule() {
    List<JacksonModule> found = MapperBuilder.findModules();

    assertThat(found).hasAtLeastOneElementOfType(HipJsonModule.class);
  }

  @Test
  void servicesFile_namesTheModule_forTheClassPath() throws IOException {
    try (InputStream in =
        HipJsonModule.class.getResourceAsStream("/META-INF/services/tools.jackson.databind.JacksonModule")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
          .isEqualTo(HipJsonModule.class.getName());
    }
  }

  @Test
  void findAndAddModules_registersTheModule() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    assertThat(mapper.registeredModules()).hasAtLeastOneElementOfType(HipJsonModule.class);
    assertThat(mapper.readValue(Fixtures.text("plan.json"), TreatmentPlan.class)).isEqualTo(Fixtures.plan());
  }

  @Test
  void module_isVersionedAndNamed() {
    Version version = new HipJsonModule().version();

    assertThat(version.isUnknownVersion()).isFalse();
    assertThat(version.getGroupId()).isEqualTo("org.hipkit");
    assertThat(version.getArtifactId()).isEqualTo("hipkit-json");
    assertThat(version.toString()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    assertThat(new HipJsonModule().getModuleName()).isEqualTo("hipkit-json");
  }

  @Test
  void mapper_writesAndReadsTheSameDocumentsAsHipJson() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HipJsonModule()).build();
    HipJson json = HipJson.standard();

    assertThat(mapper.writeValueAsString(Fixtures.plan())).isEqualTo(json.writePlan(Fixtures.plan()));
    assertThat(mapper.writeValueAsString(Fixtures.profile())).isEqualTo(json.writeProfile(Fixtures.profile()));
    assertThat(mapper.writeValueAsString(Fixtures.protocol())).isEqualTo(json.writeProtocol(Fixtures.protocol()));
    assertThat(mapper.writeValueAsString(Fixtures.STANDARD)).isEqualTo(json.writeCatalog(Fixtures.STANDARD));
    assertThat(mapper.readValue(json.writePlan(Fixtures.plan()), TreatmentPlan.class)).isEqualTo(Fixtures.plan());
    assertThat(mapper.readValue(json.writeProfile(Fixtures.profile()), PatientProfile.class))
        .isEqualTo(Fixtures.profile());
    assertThat(mapper.readValue(json.writeProtocol(Fixtures.protocol()), Protocol.class))
        .isEqualTo(Fixtures.protocol());
    assertThat(mapper.readValue(Fixtures.text("catalog.json"), HipCatalog.class).entries())
        .containsExactlyElementsOf(Fixtures.catalog().entries());
  }

  @Test
  void mapper_writesAndReadsReportsCoursesAndSchedules() {
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    HipJson json = HipJson.standard();

    assertThat(mapper.writeValueAsString(Fixtures.report())).isEqualTo(json.writeReport(Fixtures.report()));
    assertThat(mapper.writeValueAsString(Fixtures.course())).isEqualTo(json.writeCourse(Fixtures.course()));
    assertThat(mapper.writeValueAsString(Fixtures.schedule())).isEqualTo(json.writeSchedule(Fixtures.schedule()));
    assertThat(mapper.readValue(Fixtures.text("report.json"), CheckReport.class)).isEqualTo(Fixtures.report());
    assertThat(mapper.readValue(Fixtures.text("course.json"), Course.class)).isEqualTo(Fixtures.course());
    assertThat(mapper.readValue(Fixtures.text("schedule.json"), Schedule.class)).isEqualTo(Fixtures.schedule());
  }

  @Test
  void mapper_usesTheModulesChecker() {
    HipJson json = HipJson.builder().checker(Checker.builder().removeRule("injection-red-flags").build()).build();
    JsonMapper mapper = JsonMapper.builder().addModule(json.module()).build();

    Throwable thrown = catchThrowable(() -> mapper.readValue(Fixtures.text("report.json"), CheckReport.class));

    assertThat(json.checker().rules()).hasSize(Checker.standard().rules().size() - 1);
    assertThat(thrown).isInstanceOf(HipJsonException.class);
    assertThat(((HipJsonException) thrown).pointer()).isEqualTo("/results/16/rule");
  }

  @Test
  void mapper_usesTheModulesCatalog() {
    JsonMapper mapper = JsonMapper.builder().addModule(HipJson.builder().catalog(Fixtures.catalog()).build().module()).build();

    Throwable thrown = catchThrowable(() -> mapper.readValue(Fixtures.text("plan.json"), TreatmentPlan.class));

    assertThat(thrown).isInstanceOf(HipJsonException.class);
    assertThat(((HipJsonException) thrown).problem()).isEqualTo(Problem.UNKNOWN_ID);
  }

  @Test
  void moduleAddedLast_replacesTheDiscoveredOne() {
    JsonMapper mapper =
        JsonMapper.builder().findAndAddModules().addModule(new HipJsonModule(Fixtures.catalog())).build();

    Throwable thrown = catchThrowable(() -> mapper.readValue(Fixtures.text("plan.json"), TreatmentPlan.class));

    assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof HipJsonModule).hasSize(1);
    assertThat(thrown).isInstanceOf(HipJsonException.class);
  }

  @Test
  void badDocument_atTheRoot_throwsHipJsonException() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HipJsonModule()).build();
    String text = Fixtures.text("plan.json").replace("\"lidocaine\"", "\"lidocain\"");

    Throwable thrown = catchThrowable(() -> mapper.readValue(text, TreatmentPlan.class));

    assertThat(thrown).isInstanceOf(HipJsonException.class);
    HipJsonException e = (HipJsonException) thrown;
    assertThat(e.pointer()).isEqualTo("/components/1/medication");
    assertThat(e.line()).isEqualTo(17);
  }

  @Test
  void badDocument_insideAnotherType_isLocatedInTheWholeDocument() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HipJsonModule()).build();
    String plan = HipJson.standard().writePlan(Fixtures.plan()).replace("\"lidocaine\"", "\"lidocain\"");

    Throwable thrown = catchThrowable(() -> mapper.readValue("{\"room\":\"3\",\"plan\":" + plan + "}", Visit.class));

    assertThat(thrown).isInstanceOf(DatabindException.class);
    assertThat(thrown.getCause()).isInstanceOf(HipJsonException.class);
    assertThat(((HipJsonException) thrown.getCause()).pointer()).isEqualTo("/plan/components/1/medication");
  }

  @Test
  void valuesInsideOtherTypes_roundTrip() {
    JsonMapper mapper = JsonMapper.builder().addModule(new HipJsonModule()).build();
    Visit visit = new Visit("3", Fixtures.plan());

    String text = mapper.writeValueAsString(visit);

    assertThat(text).startsWith("{\"room\":\"3\",\"plan\":{\"format\":\"hipkit.plan/1\"");
    assertThat(mapper.readValue(text, Visit.class)).isEqualTo(visit);
  }
}

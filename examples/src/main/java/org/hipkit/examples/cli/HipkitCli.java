package org.hipkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.hipkit.check.CheckReport;
import org.hipkit.check.Checker;
import org.hipkit.course.Course;
import org.hipkit.course.Schedule;
import org.hipkit.json.HipJson;
import org.hipkit.json.HipJsonException;
import org.hipkit.plan.TreatmentPlan;
import org.hipkit.profile.PatientProfile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code hipkit-cli}: checks a treatment plan against a patient profile, both read from hipkit JSON
 * files, and prints the check report and the expected course; with {@code --start}, the course on
 * a calendar; with {@code --svg}, also a timeline picture of it.
 *
 * <p>Run it from the project root on the sample files:
 *
 * <pre>{@code
 * ./mvnw -q -pl examples -am compile exec:java -Dexec.mainClass=org.hipkit.examples.cli.HipkitCli \
 *   -Dexec.args="--plan examples/samples/plan.json --profile examples/samples/profile.json"
 * }</pre>
 *
 * <p>Exit codes: 0 when the report and course were printed, whatever the report found (the tool
 * informs, it does not decide, so its exit code says nothing about the patient); 1 when the SVG file
 * could not be written, or for a bug in hipkit (then with picocli's stack trace); 2 for a usage
 * error or an input file that is missing, unreadable or not a valid hipkit document, with one line
 * on standard error naming the file and the JSON Pointer of the problem.
 */
@Command(
    name = "hipkit-cli",
    sortOptions = false,
    usageHelpAutoWidth = false,
    synopsisHeading = "Usage: ",
    descriptionHeading = "%n",
    description = {
      "Checks a treatment plan against a patient profile, both hipkit JSON documents,"
          + " and prints the check report and the expected course as text. With --start, it"
          + " prints the schedule, the course on a calendar, instead of the course.",
      "",
      "hipkit informs professionals; it does not decide."
    },
    optionListHeading = "%nOptions:%n",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:report and course printed, whatever the report found",
      "1:the SVG file could not be written (or a bug, shown with its stack trace)",
      "2:usage error, or an input file missing, unreadable or invalid"
    },
    footerHeading = "%n",
    footer = {
      "Example:",
      "  hipkit-cli --plan plan.json --profile profile.json \\",
      "    --start 2026-12-01T09:00 --zone Europe/London --svg course.svg"
    })
public final class HipkitCli implements Callable<Integer> {

  /** Exit code: the SVG could not be written; picocli also uses 1 for an unexpected exception. */
  static final int OUTPUT_FAILED = 1;

  /** Exit code: an input file is missing, unreadable or invalid (picocli uses 2 for usage errors). */
  static final int BAD_INPUT = 2;

  @Option(
      names = "--plan",
      required = true,
      paramLabel = "FILE",
      description = "The treatment plan, a hipkit.plan/1 JSON document.")
  private String planFile = "";

  @Option(
      names = "--profile",
      required = true,
      paramLabel = "FILE",
      description = "The patient profile, a hipkit.profile JSON document (version 2, or 1).")
  private String profileFile = "";

  @Option(
      names = "--start",
      paramLabel = "DATE-TIME",
      description = {
        "Start of the first session; prints the dated schedule instead of the course.",
        "Without a zone, --zone is required:",
        "  2026-12-01T09:00",
        "With its zone, --zone must be left out:",
        "  2026-12-01T09:00+01:00",
        "  2026-12-01T09:00[Europe/London]"
      })
  private @Nullable String start;

  @Option(
      names = "--checked-on",
      paramLabel = "DATE",
      description = "Date the check is made, such as 2026-11-20; facts are judged on the plan's"
          + " planned date, and the report lists those that will be too old by then."
          + " Default: the planned date.")
  private @Nullable String checkedOn;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "Time zone of a --start that has none: a region such as Europe/London or an"
          + " offset such as +01:00. Required then; the system's zone is never assumed.")
  private @Nullable String zone;

  @Option(
      names = "--svg",
      paramLabel = "FILE",
      description = "Also write the course (the schedule with --start) as an SVG timeline to FILE;"
          + " missing parent directories are created.")
  private @Nullable String svgFile;

  @Option(
      names = "--json",
      description = "Print the report and the course (or schedule) as hipkit JSON documents,"
          + " one per line, instead of text.")
  private boolean json;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit.")
  private boolean help;

  @Spec private @Nullable CommandSpec spec;

  private HipkitCli() {}

  /**
   * Runs the tool and exits with its exit code, unless that is 0.
   *
   * @param args the command-line arguments; {@code --help} lists them
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    out.flush();
    err.flush();
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the tool without exiting: what {@link #main} does, for tests and for programs that embed
   * it.
   *
   * @param args the command-line arguments
   * @param out where the report, the course and the help go
   * @param err where errors and usage errors go
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new HipkitCli());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(HipkitCli::usageError);
    int code = commandLine.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Reads the files, checks the plan, and prints and writes what the options ask for.
   *
   * @return the exit code
   */
  @Override
  public Integer call() {
    CommandLine commandLine = Objects.requireNonNull(spec).commandLine();
    PrintWriter out = commandLine.getOut();
    PrintWriter err = commandLine.getErr();

    @Nullable ZonedDateTime startTime = null;
    if (start != null) {
      try {
        startTime = StartTime.resolve(start, zone);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(commandLine, e.getMessage());
      }
    } else if (zone != null) {
      throw new ParameterException(commandLine, "--zone is the zone of --start: give --start too");
    }

    @Nullable LocalDate checkDate = null;
    if (checkedOn != null) {
      try {
        checkDate = LocalDate.parse(checkedOn);
      } catch (DateTimeParseException e) {
        throw new ParameterException(
            commandLine, "--checked-on must be a date such as 2026-11-20 (was '" + checkedOn + "')");
      }
    }

    HipJson hipJson = HipJson.standard();
    TreatmentPlan plan;
    PatientProfile profile;
    try {
      plan = read(planFile, hipJson::readPlan);
      profile = read(profileFile, hipJson::readProfile);
    } catch (Failure f) {
      err.println("hipkit-cli: " + f.getMessage());
      return BAD_INPUT;
    }
    CheckReport report =
        Checker.standard().check(profile, plan, checkDate == null ? plan.plannedDate() : checkDate);
    Course course = Course.of(plan);
    @Nullable Schedule schedule = startTime == null ? null : course.schedule(startTime);

    if (json) {
      out.println(hipJson.writeReport(report));
      out.println(schedule == null ? hipJson.writeCourse(course) : hipJson.writeSchedule(schedule));
    } else {
      out.print(report.render());
      out.println();
      out.print(schedule == null ? course.render() : schedule.render());
    }
    out.flush();

    if (startTime != null && !startTime.toLocalDate().equals(plan.plannedDate())) {
      err.println(
          "hipkit-cli: note: the schedule starts on "
              + startTime.toLocalDate()
              + ", not on the plan's planned date "
              + plan.plannedDate());
    }
    if (svgFile != null) {
      String svg = schedule == null ? SvgTimeline.of(course) : SvgTimeline.of(schedule);
      try {
        write(svgFile, svg);
      } catch (Failure f) {
        err.println("hipkit-cli: " + f.getMessage());
        return OUTPUT_FAILED;
      }
      err.println("hipkit-cli: wrote " + svgFile);
    }
    return 0;
  }

  /**
   * Reports a usage error in a few lines (the message, the synopsis and where to find help) rather
   * than the whole help text, which would bury the message.
   */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine commandLine = e.getCommandLine();
    PrintWriter err = commandLine.getErr();
    err.println("hipkit-cli: " + e.getMessage());
    err.print("Usage: " + commandLine.getHelp().synopsis("Usage: ".length()));
    err.println("Try 'hipkit-cli --help' for more information.");
    return commandLine.getCommandSpec().exitCodeOnInvalidInput();
  }

  /** Reads one document, turning every way it can fail into one line that names the file. */
  private static <T> T read(String file, Function<InputStream, T> reader) {
    Path path = path(file);
    if (Files.isDirectory(path)) {
      throw new Failure(file + ": is a directory, not a JSON file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return reader.apply(in);
    } catch (HipJsonException e) {
      String where = e.pointer().isEmpty() ? "document root" : e.pointer();
      String line = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
      throw new Failure(file + ": " + where + line + ": " + oneLine(e.reason()));
    } catch (NoSuchFileException e) {
      throw new Failure(file + ": no such file");
    } catch (AccessDeniedException e) {
      throw new Failure(file + ": cannot read it: permission denied");
    } catch (IOException e) {
      throw new Failure(file + ": cannot read it: " + why(e));
    }
  }

  private static void write(String file, String text) {
    Path path = path(file);
    try {
      Path parent = path.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, text, StandardCharsets.UTF_8);
    } catch (AccessDeniedException e) {
      throw new Failure(file + ": cannot write it: permission denied");
    } catch (IOException e) {
      throw new Failure(file + ": cannot write it: " + why(e));
    }
  }

  private static Path path(String file) {
    try {
      return Path.of(file);
    } catch (InvalidPathException e) {
      throw new Failure(file + ": not a file name: " + oneLine(e.getMessage()));
    }
  }

  /** The reason an I/O operation failed, without the exception's class name or the path again. */
  private static String why(IOException e) {
    String reason = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
    if (reason != null) {
      return oneLine(reason);
    }
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way of a directory";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    return "input/output error";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /** A failure already put into words for the user; no stack trace is ever shown for it. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message) {
      super(message, null, false, false);
    }
  }
}

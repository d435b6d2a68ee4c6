package org.cellcompare.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The README's quick start, {@code ./mvnw -q spring-boot:run}, which pom.xml marks with
 * {@code -Dcellcompare.launcher=maven}. The Spring Boot Maven plugin turns every exit status but 0
 * into a BUILD FAILURE whose seven [ERROR] lines bury the application's sentence, and it has no
 * setting to accept another status. So in this mode a month already run ends with status 0 and
 * one sentence naming the Maven command that runs it again; {@code java -jar} and the launchers
 * keep status 4, which schedulers read.
 */
final class MavenQuickStart {

    static final String PROPERTY = "cellcompare.launcher";
    static final String MAVEN = "maven";

    /** What may stand in {@code -Dspring-boot.run.arguments="..."} as typed, in a POSIX shell and in cmd.exe alike. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@+%-]+");
    private static final Pattern PLAIN_WITH_SPACES = Pattern.compile("[A-Za-z0-9_./:=,@+%\\- ]+");

    private MavenQuickStart() {
    }

    static boolean active() {
        return MAVEN.equals(System.getProperty(PROPERTY));
    }

    /**
     * The sentence a month already run ends with: where its workbook is, and the command that runs
     * it again with the arguments this run had and {@code --rerun}.
     */
    static String alreadyRun(String month, String workbook, List<String> arguments, boolean windows) {
        String again = "The month " + month + " has already been run (see " + workbook + "); to run it again and replace it, ";
        List<String> next = new ArrayList<>(arguments);
        next.add("--rerun");
        String mvnw = windows ? "mvnw.cmd" : "./mvnw";
        if (!next.stream().allMatch(a -> PLAIN_WITH_SPACES.matcher(a).matches())) {
            return again + "add --rerun to -Dspring-boot.run.arguments in the same command.";
        }
        return again + "type: " + mvnw + " -q spring-boot:run -Dspring-boot.run.arguments=" + quoted(next);
    }

    /**
     * Maven splits the value at spaces outside quotes; the shell removes the outer double quotes.
     * An argument with a space is kept whole in single quotes, which a POSIX shell and cmd.exe
     * both leave alone inside double quotes.
     */
    private static String quoted(List<String> arguments) {
        List<String> words = arguments.stream().map(a -> PLAIN.matcher(a).matches() ? a : "'" + a + "'").toList();
        String value = String.join(" ", words);
        return words.size() == 1 && PLAIN.matcher(value).matches() ? value : "\"" + value + "\"";
    }

    static boolean onWindows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}

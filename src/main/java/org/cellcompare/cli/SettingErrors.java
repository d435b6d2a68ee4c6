package org.cellcompare.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.bind.validation.ValidationErrors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** Settings that their checks refuse, as one sentence: each named in full, with its value and what it must be. */
final class SettingErrors {

    private static final Pattern PATH_OR_KEY = Pattern.compile("\\[[^\\]]*\\]|[^\\[]+");
    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.(\\w+)");

    private SettingErrors() {
    }

    static String sentence(ValidationErrors errors) {
        String prefix = errors.getName().toString();
        String each = errors.getAllErrors().stream().map(error -> describe(prefix, error)).collect(Collectors.joining("; "));
        return "the settings in application.yml or on the command line are not usable: " + each + ".";
    }

    private static String describe(String prefix, ObjectError error) {
        if (error instanceof FieldError field && List.of(error.getCodes()).contains("AssertTrue")) {
            // a rule over several settings ("the bands must rise") names the group they are in
            int dot = field.getField().lastIndexOf('.');
            return prefix + (dot < 0 ? "" : "." + kebab(field.getField().substring(0, dot))) + ": " + error.getDefaultMessage();
        }
        if (error instanceof FieldError field) {
            String name = prefix + "." + kebab(field.getField());
            return name + " " + error.getDefaultMessage() + " (it is " + shown(field.getRejectedValue()) + ")";
        }
        return prefix + ": " + error.getDefaultMessage();
    }

    /** {@code ingest.chunkSize} as it is written in application.yml, {@code ingest.chunk-size}; a map's keys as they are. */
    private static String kebab(String field) {
        StringBuilder written = new StringBuilder();
        Matcher part = PATH_OR_KEY.matcher(field);
        while (part.find()) {
            String text = part.group();
            written.append(text.startsWith("[") ? text
                    : text.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT));
        }
        return written.toString();
    }

    /**
     * A value of an enum no constant of which it names, as a map's key ("points.CURE_CLAIMS"): the
     * sentence names the settings' group, the value, and the names it may take.
     */
    static Optional<String> unknownName(String group, Throwable root) {
        Matcher noConstant = NO_ENUM_CONSTANT.matcher(String.valueOf(root.getMessage()));
        if (!(root instanceof IllegalArgumentException) || !noConstant.matches()) {
            return Optional.empty();
        }
        try {
            Object[] names = Class.forName(noConstant.group(1)).getEnumConstants();
            return Optional.of("the settings under " + group + " name " + noConstant.group(2) + ", which is not one of "
                    + Arrays.stream(names).map(String::valueOf).collect(Collectors.joining(", "))
                    + "; correct it in application.yml or on the command line.");
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    private static String shown(Object value) {
        return value == null ? "not set" : "'" + value + "'";
    }
}

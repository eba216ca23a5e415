package org.mycroft.core.id;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Values named by a lower-case id (on the command line, in the database, in forms): one lookup, one error message. */
public final class Ids {

    private Ids() {
    }

    /**
     * The value whose id is {@code text}, ignoring case and surrounding blanks.
     *
     * @param what the name of the kind in the error message ("role")
     * @throws IllegalArgumentException for anything else, naming {@code text} and the ids expected
     */
    public static <T> T parse(T[] values, Function<T, String> id, String text, String what) {
        String wanted = text == null ? "" : text.strip();
        for (T value : values) {
            if (id.apply(value).equalsIgnoreCase(wanted)) {
                return value;
            }
        }
        List<String> ids = Arrays.stream(values).map(id).toList();
        String expected = ids.size() < 2 ? String.join("", ids)
                : String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
        throw new IllegalArgumentException("Unknown " + what + " '" + text + "': expected " + expected);
    }
}

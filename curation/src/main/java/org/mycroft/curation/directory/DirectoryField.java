package org.mycroft.curation.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a directory entry that a State may make public or restrict, one by one: contact
 * data, then the optional block (shown only when filled in). State, type and names identify the
 * entry and are never restricted on their own: a State restricts the whole entry instead.
 */
public enum DirectoryField {
    ADDRESS(Kind.TEXT, false),
    PHONE(Kind.PHONE, false),
    FAX(Kind.PHONE, false),
    EMAIL(Kind.EMAIL, false),
    WEBSITE(Kind.URL, false),
    LANGUAGES(Kind.LANGUAGES, false),
    CHANNELS(Kind.CHANNELS, false),
    URGENT_PROCEDURE(Kind.TEXT, false),
    OFFICE_HOURS(Kind.TEXT, false),
    TIME_ZONE(Kind.TIME_ZONE, false),
    REQUIREMENTS(Kind.TEXT, true),
    NATIONAL_LAWS(Kind.LINES, true),
    TREATIES(Kind.LINES, true),
    ARRANGEMENTS(Kind.LINES, true),
    GUIDANCE(Kind.LINES, true);

    /** How a value is checked: phone numbers also get an E.164 form, stored beside them. */
    public enum Kind { TEXT, LINES, PHONE, EMAIL, URL, LANGUAGES, CHANNELS, TIME_ZONE }

    /** The suffix of the stored name of a phone number's E.164 form ({@code phone_e164}). */
    public static final String E164_SUFFIX = "_e164";

    private final Kind kind;
    private final boolean optionalBlock;

    DirectoryField(Kind kind, boolean optionalBlock) {
        this.kind = kind;
        this.optionalBlock = optionalBlock;
    }

    public Kind kind() {
        return kind;
    }

    /** Part of the optional block (legal requirements, laws, treaties, arrangements, guidance). */
    public boolean optionalBlock() {
        return optionalBlock;
    }

    /** The form, JSON, CSV and database name: {@code urgent_procedure}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String e164Id() {
        return id() + E164_SUFFIX;
    }

    public static Optional<DirectoryField> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id().equals(id)).findFirst();
    }

    public static List<DirectoryField> contact() {
        return Arrays.stream(values()).filter(f -> !f.optionalBlock).toList();
    }

    public static List<DirectoryField> optional() {
        return Arrays.stream(values()).filter(DirectoryField::optionalBlock).toList();
    }
}

package org.smartpick.catalog.geo;

/** A name as a lookup key: trimmed, lower case, runs of white space as one space ("Los  Angeles" = "los angeles"). */
final class NameKey {
    private NameKey() {}

    // Called for every program on every request (region and city lookups), so no regular expression here.
    static String of(String name) {
        StringBuilder key = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = key.length() > 0;
            } else {
                if (space) {
                    key.append(' ');
                    space = false;
                }
                key.append(Character.toLowerCase(c));
            }
        }
        return key.toString();
    }
}

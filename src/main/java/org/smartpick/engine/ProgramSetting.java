package org.smartpick.engine;

/** The kind of institution that runs a program; programs of each setting screen differently. */
public enum ProgramSetting {
    /** A university hospital, the main site of a medical school. */
    UNIVERSITY,
    /** A community hospital with a university affiliation. */
    UNIVERSITY_AFFILIATED,
    /** A community hospital without a major university affiliation. */
    COMMUNITY,
    /** A county or safety-net hospital. */
    COUNTY,
    /** A Veterans Affairs or military hospital. */
    VA_MILITARY
}

package org.smartpick.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * The specialties (and the PGY-1 tracks among them) an applicant can target in the NRMP Main Residency Match,
 * each with its ACGME three-digit specialty code — the first three digits of an ACGME program id
 * (ACGME, Accreditation Data System specialty codes). Preliminary medicine and surgery share the code of their
 * categorical specialty and differ in {@link #track()}.
 */
public enum Specialty {
    ANESTHESIOLOGY("040", "Anesthesiology", Track.CATEGORICAL),
    CHILD_NEUROLOGY("185", "Child Neurology", Track.CATEGORICAL),
    DERMATOLOGY("080", "Dermatology", Track.ADVANCED),
    DIAGNOSTIC_RADIOLOGY("420", "Diagnostic Radiology", Track.ADVANCED),
    EMERGENCY_MEDICINE("110", "Emergency Medicine", Track.CATEGORICAL),
    FAMILY_MEDICINE("120", "Family Medicine", Track.CATEGORICAL),
    INTERNAL_MEDICINE("140", "Internal Medicine", Track.CATEGORICAL),
    INTERNAL_MEDICINE_PRELIMINARY("140", "Internal Medicine (preliminary)", Track.PRELIMINARY),
    INTERNAL_MEDICINE_PEDIATRICS("700", "Internal Medicine-Pediatrics", Track.CATEGORICAL),
    INTERVENTIONAL_RADIOLOGY("416", "Interventional Radiology (Integrated)", Track.CATEGORICAL),
    NEUROLOGICAL_SURGERY("160", "Neurological Surgery", Track.CATEGORICAL),
    NEUROLOGY("180", "Neurology", Track.CATEGORICAL),
    OBSTETRICS_GYNECOLOGY("220", "Obstetrics and Gynecology", Track.CATEGORICAL),
    ORTHOPAEDIC_SURGERY("260", "Orthopaedic Surgery", Track.CATEGORICAL),
    OTOLARYNGOLOGY("280", "Otolaryngology", Track.CATEGORICAL),
    PATHOLOGY("300", "Pathology-Anatomic and Clinical", Track.CATEGORICAL),
    PEDIATRICS("320", "Pediatrics", Track.CATEGORICAL),
    PHYSICAL_MEDICINE_REHABILITATION("340", "Physical Medicine and Rehabilitation", Track.CATEGORICAL),
    PLASTIC_SURGERY("362", "Plastic Surgery (Integrated)", Track.CATEGORICAL),
    PSYCHIATRY("400", "Psychiatry", Track.CATEGORICAL),
    RADIATION_ONCOLOGY("430", "Radiation Oncology", Track.ADVANCED),
    SURGERY("440", "General Surgery", Track.CATEGORICAL),
    SURGERY_PRELIMINARY("440", "General Surgery (preliminary)", Track.PRELIMINARY),
    THORACIC_SURGERY("461", "Thoracic Surgery (Integrated)", Track.CATEGORICAL),
    TRANSITIONAL_YEAR("999", "Transitional Year", Track.TRANSITIONAL),
    VASCULAR_SURGERY("451", "Vascular Surgery (Integrated)", Track.CATEGORICAL),
    NEURODEVELOPMENTAL_DISABILITIES("186", "Neurodevelopmental Disabilities", Track.CATEGORICAL),
    NUCLEAR_MEDICINE("200", "Nuclear Medicine", Track.CATEGORICAL),
    OSTEOPATHIC_NEUROMUSCULOSKELETAL("275", "Osteopathic Neuromusculoskeletal Medicine", Track.CATEGORICAL),
    PLASTIC_SURGERY_INDEPENDENT("360", "Plastic Surgery", Track.ADVANCED),
    PREVENTIVE_MEDICINE("380", "Preventive Medicine", Track.ADVANCED),
    UROLOGY("480", "Urology", Track.CATEGORICAL),
    INTERNAL_MEDICINE_EMERGENCY_MEDICINE("705", "Internal Medicine-Emergency Medicine", Track.CATEGORICAL),
    INTERNAL_MEDICINE_PSYCHIATRY("715", "Internal Medicine-Psychiatry", Track.CATEGORICAL),
    PSYCHIATRY_FAMILY_MEDICINE("720", "Psychiatry-Family Medicine", Track.CATEGORICAL),
    PEDIATRICS_EMERGENCY_MEDICINE("725", "Pediatrics-Emergency Medicine", Track.CATEGORICAL),
    PEDIATRICS_ANESTHESIOLOGY("726", "Pediatrics-Anesthesiology", Track.CATEGORICAL),
    PEDIATRICS_PSYCHIATRY_CHILD("730", "Pediatrics-Psychiatry-Child and Adolescent Psychiatry", Track.CATEGORICAL),
    PEDIATRICS_PMR("735", "Pediatrics-Physical Medicine and Rehabilitation", Track.CATEGORICAL),
    INTERNAL_MEDICINE_ANESTHESIOLOGY("742", "Internal Medicine-Anesthesiology", Track.CATEGORICAL),
    INTERNAL_MEDICINE_PREVENTIVE_MEDICINE("751", "Internal Medicine-Preventive Medicine", Track.CATEGORICAL),
    FAMILY_MEDICINE_PREVENTIVE_MEDICINE("752", "Family Medicine-Preventive Medicine", Track.CATEGORICAL),
    FAMILY_MEDICINE_OSTEOPATHIC_NEUROMUSCULOSKELETAL(
            "753", "Family Medicine-Osteopathic Neuromusculoskeletal" + " Medicine", Track.CATEGORICAL),
    PSYCHIATRY_NEUROLOGY("755", "Psychiatry-Neurology", Track.CATEGORICAL),
    PEDIATRICS_MEDICAL_GENETICS("765", "Pediatrics-Medical Genetics", Track.CATEGORICAL),
    INTERNAL_MEDICINE_MEDICAL_GENETICS("766", "Internal Medicine-Medical Genetics", Track.CATEGORICAL),
    DIAGNOSTIC_RADIOLOGY_NUCLEAR_MEDICINE("770", "Diagnostic Radiology-Nuclear Medicine", Track.ADVANCED),
    INTERNAL_MEDICINE_DERMATOLOGY("785", "Internal Medicine-Dermatology", Track.CATEGORICAL),
    EMERGENCY_MEDICINE_FAMILY_MEDICINE("795", "Emergency Medicine-Family Medicine", Track.CATEGORICAL),
    EMERGENCY_MEDICINE_ANESTHESIOLOGY("796", "Emergency Medicine-Anesthesiology", Track.CATEGORICAL);

    private final String acgmeCode;
    private final String label;
    private final Track track;

    Specialty(String acgmeCode, String label, Track track) {
        this.acgmeCode = acgmeCode;
        this.label = label;
        this.track = track;
    }

    public String acgmeCode() {
        return acgmeCode;
    }

    public String label() {
        return label;
    }

    /** The usual track of this specialty's positions (some also offer categorical or advanced variants). */
    public Track track() {
        return track;
    }

    /** Whether this is a one-year PGY-1 position (preliminary or transitional) rather than full training. */
    public boolean isOneYear() {
        return track == Track.PRELIMINARY || track == Track.TRANSITIONAL;
    }

    /**
     * The specialty of an ACGME program id (its first three digits) and, for Internal Medicine and Surgery, the
     * track letter that follows the ten digits ({@code P}: preliminary).
     */
    public static Optional<Specialty> ofAcgme(String code, boolean preliminary) {
        for (Specialty specialty : values()) {
            if (specialty.acgmeCode.equals(code) && (specialty.track == Track.PRELIMINARY) == preliminary) {
                return Optional.of(specialty);
            }
        }
        return preliminary ? ofAcgme(code, false) : Optional.empty();
    }

    /** Reads a specialty by its constant name, ignoring case, spaces and hyphens. */
    public static Optional<Specialty> parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Specialty specialty : values()) {
            if (specialty.name().equals(key)) {
                return Optional.of(specialty);
            }
        }
        return Optional.empty();
    }
}

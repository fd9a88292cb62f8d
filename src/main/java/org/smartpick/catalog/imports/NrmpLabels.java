package org.smartpick.catalog.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.smartpick.engine.Specialty;

/** NRMP program-type labels ("Medicine-Preliminary", "Surg-Prelim/Anesthesiology" …) to specialties. */
final class NrmpLabels {
    private record Rule(Pattern pattern, Specialty specialty) {}

    /** First match wins; patterns are matched against the lower-cased label. */
    private static final List<Rule> RULES = List.of(
            rule("med(icine)?-prelim.*", Specialty.INTERNAL_MEDICINE_PRELIMINARY),
            rule("surg(ery)?-prelim.*", Specialty.SURGERY_PRELIMINARY),
            rule("transitional.*", Specialty.TRANSITIONAL_YEAR),
            rule("medicine-pediatrics.*|internal medicine/pediatrics", Specialty.INTERNAL_MEDICINE_PEDIATRICS),
            rule("medicine-emergency med.*", Specialty.INTERNAL_MEDICINE_EMERGENCY_MEDICINE),
            rule("medicine-psychiatry", Specialty.INTERNAL_MEDICINE_PSYCHIATRY),
            rule("medicine-medical genetics", Specialty.INTERNAL_MEDICINE_MEDICAL_GENETICS),
            rule("internal med.*|medicine-primary.*|medicine", Specialty.INTERNAL_MEDICINE),
            rule("general surgery.*|surgery", Specialty.SURGERY),
            rule("family med.*", Specialty.FAMILY_MEDICINE),
            rule("ob(stetrics)?-gyn.*", Specialty.OBSTETRICS_GYNECOLOGY),
            rule("anesthesiology", Specialty.ANESTHESIOLOGY),
            rule("psychiatry-family med.*", Specialty.PSYCHIATRY_FAMILY_MEDICINE),
            rule("psychiatry.*", Specialty.PSYCHIATRY),
            rule("emergency medicine.*", Specialty.EMERGENCY_MEDICINE),
            rule("radiology-diagnostic.*|diagnostic radiology.*", Specialty.DIAGNOSTIC_RADIOLOGY),
            rule("interventional radiology.*", Specialty.INTERVENTIONAL_RADIOLOGY),
            rule("peds/psych/child psych.*", Specialty.PEDIATRICS_PSYCHIATRY_CHILD),
            rule("pediatrics-medical genetics", Specialty.PEDIATRICS_MEDICAL_GENETICS),
            rule("pediatrics-anesthesiology", Specialty.PEDIATRICS_ANESTHESIOLOGY),
            rule("pediatrics-emergency med.*", Specialty.PEDIATRICS_EMERGENCY_MEDICINE),
            rule("pediatrics.*", Specialty.PEDIATRICS),
            rule("child neurology", Specialty.CHILD_NEUROLOGY),
            rule("neurodevelopmental.*", Specialty.NEURODEVELOPMENTAL_DISABILITIES),
            rule("neurology.*", Specialty.NEUROLOGY),
            rule("ortho.*", Specialty.ORTHOPAEDIC_SURGERY),
            rule("dermatology.*", Specialty.DERMATOLOGY),
            rule("pathology.*", Specialty.PATHOLOGY),
            rule("otolaryngology.*", Specialty.OTOLARYNGOLOGY),
            rule("neurological surgery.*", Specialty.NEUROLOGICAL_SURGERY),
            rule("phys(ical)? medicine.*", Specialty.PHYSICAL_MEDICINE_REHABILITATION),
            rule("radiation oncology.*", Specialty.RADIATION_ONCOLOGY),
            rule("plastic surgery.*", Specialty.PLASTIC_SURGERY),
            rule("vascular surgery.*", Specialty.VASCULAR_SURGERY),
            rule("thoracic surgery.*", Specialty.THORACIC_SURGERY),
            rule("osteo neuromusculo.*", Specialty.OSTEOPATHIC_NEUROMUSCULOSKELETAL));

    private NrmpLabels() {}

    private static Rule rule(String regex, Specialty specialty) {
        return new Rule(Pattern.compile(regex), specialty);
    }

    /** The specialty of a label; a program code whose track letter is P makes IM and Surgery preliminary. */
    static Optional<Specialty> specialty(String label, String code) {
        String text = label.strip().toLowerCase(Locale.ROOT);
        Optional<Specialty> found = RULES.stream()
                .filter(r -> r.pattern().matcher(text).matches())
                .map(Rule::specialty)
                .findFirst();
        boolean prelim = code != null && code.length() >= 8 && code.charAt(7) == 'P';
        if (prelim && found.equals(Optional.of(Specialty.INTERNAL_MEDICINE))) {
            return Optional.of(Specialty.INTERNAL_MEDICINE_PRELIMINARY);
        }
        if (prelim && found.equals(Optional.of(Specialty.SURGERY))) {
            return Optional.of(Specialty.SURGERY_PRELIMINARY);
        }
        return found;
    }
}

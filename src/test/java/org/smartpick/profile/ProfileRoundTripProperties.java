package org.smartpick.profile;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.smartpick.Fixtures;
import org.smartpick.engine.profile.Profile;
import org.smartpick.engine.profile.ProfileRules;

class ProfileRoundTripProperties {
    private final ProfileReader reader = new ProfileReader(Fixtures.geography(), RandomProfiles.SEASON);
    private final ProfileWriter writer = new ProfileWriter();

    @Provide
    Arbitrary<Profile> validProfiles() {
        return Arbitraries.randomValue(RandomProfiles::next);
    }

    @Property(tries = 300)
    void theGeneratorMakesOnlyValidProfiles(@ForAll("validProfiles") Profile profile) {
        assertThat(new ProfileRules(RandomProfiles.SEASON).check(profile)).isEmpty();
    }

    @Property(tries = 300)
    void aValidProfileReadsBackEqualAfterWriting(@ForAll("validProfiles") Profile profile) {
        ProfileCheck check = reader.read(writer.write(profile));
        assertThat(check).isEqualTo(new ProfileCheck.Valid(profile));
    }

    @Property(tries = 100)
    void writingIsStable(@ForAll("validProfiles") Profile profile) {
        String once = writer.write(profile);
        Profile back = ((ProfileCheck.Valid) reader.read(once)).profile();
        assertThat(writer.write(back)).isEqualTo(once);
    }
}

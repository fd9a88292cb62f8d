package org.smartpick.cli.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.smartpick.catalog.geo.Geography;
import org.smartpick.engine.profile.Profile;
import org.smartpick.profile.ProfileCheck;
import org.smartpick.profile.ProfileReader;
import org.smartpick.profile.StrictJson;

/** Reads a profile (or another JSON document) from a file for a command; any problem is bad input naming the file. */
public final class ProfileFiles {
    private ProfileFiles() {}

    static Profile read(Path file, Geography geography, int seasonYear) {
        ProfileCheck check = new ProfileReader(geography, seasonYear).read(readFile(file));
        if (check instanceof ProfileCheck.Invalid invalid) {
            throw BadInput.listing(file.toString(), invalid.problems());
        }
        return ((ProfileCheck.Valid) check).profile();
    }

    /** A profile is a few kilobytes; anything larger is not one (and /dev/zero never ends). */
    public static final int MAX_PROFILE_BYTES = 1024 * 1024;

    /** A JSON document from a file, parsed as the API parses bodies (StrictJson); bad input names the file. */
    public static JsonNode readJson(Path file) {
        try {
            return StrictJson.parse(readFile(file));
        } catch (StrictJson.NotJson e) {
            throw new BadInput(file + ": " + e.getMessage());
        }
    }

    public static String readFile(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(MAX_PROFILE_BYTES + 1);
            if (bytes.length > MAX_PROFILE_BYTES) {
                throw new BadInput(file + ": larger than 1 MB, which no profile is");
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new BadInput(file + ": not UTF-8 text (save the profile as UTF-8)");
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": no such file");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read: " + e.getMessage());
        }
    }
}

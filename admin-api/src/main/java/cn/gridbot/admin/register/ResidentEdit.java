package cn.gridbot.admin.register;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.gridbot.common.DomainException;
import cn.gridbot.common.PersonalData;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The new state of a resident's record ({@code PUT /api/v1/residents/{id}}). {@code phone},
 * {@code idNumber} and {@code openid} left out (null) keep what is stored — a non-ADMIN reader never sees
 * them whole, so it sends them only to change them; an empty string clears them. A masked value
 * ({@code 138****5678}) is refused: read back from this API, it would overwrite the real number.
 */
record ResidentEdit(@NotBlank @Size(max = 50) String name,
        @jakarta.validation.constraints.Pattern(regexp = "^[MF]?$") String gender, LocalDate birthDate,
        @Size(max = 20) String phone, @Size(max = 18) String idNumber, @Size(max = 200) String address,
        @NotBlank String gridCode, List<String> tags, @Min(1) @Max(3650) Integer visitIntervalDays,
        LocalDate lastVisitDate, @Size(max = 64) String openid) {

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 -]{5,18}[0-9]");
    private static final Pattern ID_NUMBER = Pattern.compile("[0-9]{17}[0-9Xx]");

    /** Refuses a phone or ID number that is a mask or not a number of its kind (400 on that field). */
    void checkWholeValues() {
        check("phone", phone, PHONE, "a telephone number of 7 to 20 digits");
        check("idNumber", idNumber, ID_NUMBER, "18 characters: 17 digits and a digit or X");
    }

    private static void check(String field, String value, Pattern format, String expected) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (PersonalData.looksMasked(value)) {
            throw DomainException.invalid(field, field + " is a masked value; send the whole value, or leave " + field
                    + " out to keep the stored one");
        }
        if (!format.matcher(value.strip()).matches()) {
            throw DomainException.invalid(field, field + " must be " + expected);
        }
    }
}

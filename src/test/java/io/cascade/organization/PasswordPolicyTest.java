package io.cascade.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.cascade.base.i18n.Text;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The password policy, row by row: what a person may choose, and what they are told otherwise. */
class PasswordPolicyTest {

    private static final PasswordPolicy POLICY = PasswordPolicy.withBundledList();
    private static final String COMMON = "This password is on a list of common passwords that attackers try first; "
            + "choose another, for example a few unrelated words.";
    private static final String TOO_LONG = "Use at most 72 bytes: that is 72 plain letters, digits or spaces; "
            + "accented letters and emoji take 2 to 4 bytes each.";

    static Stream<Arguments> passwords() {
        return Stream.of(
                argumentSet("a few unrelated words", "a calm phone voice", null),
                argumentSet("twelve characters exactly", "kite-harbour", null),
                argumentSet("accents and emoji count as characters", "zoë åkesson ☕ tea", null),
                argumentSet("a random one-time password", "Kp7vR2mXq9TfWz", null),
                argumentSet("nothing", "", "Enter a password."),
                argumentSet("eleven characters", "kite-harbou", "Use at least 12 characters."),
                argumentSet("twelve bytes but six characters", "ééééé€", "Use at least 12 characters."),
                argumentSet("72 plain characters", "a".repeat(61) + " some words", null),
                argumentSet("73 plain characters", "b".repeat(62) + " some words", TOO_LONG),
                argumentSet("30 characters but 90 bytes", "☕".repeat(30), TOO_LONG),
                argumentSet("the username", "Pia.Passwort.42", "Your password cannot be your username."),
                argumentSet("the username with digits", "pia.passwort.42!!", "Your password cannot be your username."),
                argumentSet("a listed password with digits after", "password1234", COMMON),
                argumentSet("a listed password with digits and signs around", "2024Sunshine!!", COMMON),
                argumentSet("a listed password in capitals", "BASKETBALL2024", COMMON),
                argumentSet("a listed password in leetspeak", "P@ssw0rd1234", COMMON),
                argumentSet("a listed password twice", "monkeymonkey", COMMON),
                argumentSet("a keyboard run", "qwertyuiop12", COMMON),
                argumentSet("digits in a row", "123456789012", COMMON),
                argumentSet("digits backwards", "987654321098", COMMON),
                argumentSet("one character repeated", "zzzzzzzzzzzzzz", COMMON),
                argumentSet("three characters repeated", "abcabcabcabc", COMMON),
                argumentSet("Cascade's own name", "Cascade2026!", COMMON),
                argumentSet("random digits are not a run", "804 261 957 303", null));
    }

    @ParameterizedTest
    @MethodSource("passwords")
    void shouldJudgeEachPassword(String password, String problem) {
        assertThat(POLICY.problem(password, "pia.passwort.42").map(Text::inEnglish).orElse(null)).isEqualTo(problem);
    }
}

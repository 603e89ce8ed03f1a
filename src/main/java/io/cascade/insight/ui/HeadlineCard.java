package io.cascade.insight.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.Arrays;
import java.util.Locale;

/** One headline figure: a big value, what it counts, and a line that puts it in context. */
class HeadlineCard extends Div {

    /** The colour of the card's top edge, telling good from bad at a glance. */
    enum Tone {
        GOOD, BAD, NEUTRAL, INFO
    }

    private final Span value = new Span();
    private final Span hint = new Span();

    HeadlineCard(String label, Tone tone) {
        addClassName("headline-card");
        setTone(tone);
        value.addClassName("headline-value");
        var name = new Span(label);
        name.addClassName("headline-label");
        hint.addClassName("headline-hint");
        add(value, name, hint);
    }

    void setTone(Tone tone) {
        for (Tone each : Tone.values()) {
            setClassName(toneClass(each), each == tone);
        }
    }

    Tone getTone() {
        return Arrays.stream(Tone.values()).filter(tone -> hasClassName(toneClass(tone))).findFirst().orElseThrow();
    }

    private static String toneClass(Tone tone) {
        return "tone-" + tone.name().toLowerCase(Locale.ROOT);
    }

    void show(String value, String hint) {
        this.value.setText(value);
        this.hint.setText(hint);
    }

    String getValue() {
        return value.getText();
    }

    String getHint() {
        return hint.getText();
    }
}

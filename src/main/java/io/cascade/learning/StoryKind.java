package io.cascade.learning;

import io.cascade.base.i18n.Text;

/** Service stories share failures as openly as successes. */
public enum StoryKind {
    SUCCESS,
    FAILURE;

    /** The key of the kind's label in the bundles. */
    public String labelKey() {
        return "learning.storyKind." + name();
    }

    /** The label in the language of the current page, e.g. "Success". */
    public String label() {
        return Text.of(labelKey()).inCurrentLanguage();
    }
}

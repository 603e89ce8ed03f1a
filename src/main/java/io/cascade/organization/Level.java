package io.cascade.organization;

/**
 * A person's level in the organisation, from the top down. Everyone above {@link #STAFF} counts as a manager of their
 * department for the trickle-down rules.
 */
public enum Level {
    EXECUTIVE,
    SENIOR_LEADER,
    MANAGER,
    SUPERVISOR,
    STAFF;

    public boolean isManagerial() {
        return this != STAFF;
    }

    /** Executives and senior leaders, whose attendance the leadership participation report follows. */
    public boolean isLeader() {
        return this == EXECUTIVE || this == SENIOR_LEADER;
    }

    /**
     * The level as people say it in English: "Senior leader".
     *
     * @deprecated a page reads the level in its own language from the key family {@code organization.level.<NAME>}:
     *             {@code getTranslation("organization.level." + level.name())}
     */
    @Deprecated
    public String label() {
        String words = name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

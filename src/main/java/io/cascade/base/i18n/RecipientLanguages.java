package io.cascade.base.i18n;

import java.util.Collection;
import java.util.Map;

/** The language to write to a person in (mails, calendar files, certificates): theirs, else the organisation's. */
public interface RecipientLanguages {

    /** Each person's language, for every id given. */
    Map<Long, Language> of(Collection<Long> personIds);

    default Language of(long personId) {
        return of(java.util.List.of(personId)).get(personId);
    }
}

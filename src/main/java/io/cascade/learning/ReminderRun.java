package io.cascade.learning;

/**
 * What one run of the reminders did.
 *
 * @param refresherRemindersOn whether the Settings switch for refresher reminders was on (else none were sent)
 * @param refresherMails       refresher reminders sent, one per person, course and due day
 * @param checkInMails         mails to managers, each listing the check-ins they were not reminded of before
 * @param failedMails          mails that could not be sent; they are tried again on the next run
 */
public record ReminderRun(boolean refresherRemindersOn, int refresherMails, int checkInMails, int failedMails) {
}

package org.hipkit.quantity;

/**
 * The vague time phrases of the source documents and the numeric ranges hipkit chose for them: the
 * one place where a phrase becomes numbers.
 *
 * <p>The sources often give time as words ("a few days", "weeks to months"). A range needs numbers,
 * so each phrase is mapped here once, with the reason for the choice, and every {@link TimeRange}
 * built from it is marked {@link RangeBasis#INTERPRETED} and keeps the phrase. The choices are
 * deliberately wide: they describe what a patient may notice, not a pharmacological fact, and a
 * clinician reading a range always sees the phrase beside it. The unit is the one the phrase speaks
 * in, never a conversion of it.
 */
public enum SourcePhrase {
  /**
   * "within minutes": 1-15 minutes. Anesthetic relief is felt during or shortly after the
   * procedure; a quarter of an hour covers the usual post-procedure observation.
   */
  WITHIN_MINUTES("within minutes", 1, 15, TimeUnit.MINUTES),
  /**
   * "a few hours": 1-6 hours. "A few" is read as more than one and at most a working morning;
   * short- and long-acting local anesthetics both fall inside it.
   */
  A_FEW_HOURS("a few hours", 1, 6, TimeUnit.HOURS),
  /**
   * "the following day": 1 day. The next calendar day; hipkit places it one day after the
   * procedure at the same local time, so a calendar shows it on the next date.
   */
  THE_FOLLOWING_DAY("the following day", 1, 1, TimeUnit.DAYS),
  /** "a few days": 2-5 days. "A few" is read as two to five; the sources use it for steroid onset. */
  A_FEW_DAYS("a few days", 2, 5, TimeUnit.DAYS),
  /**
   * "a few days to a week": 2-7 days. The lower end of {@link #A_FEW_DAYS}, the upper end the week
   * the source names.
   */
  A_FEW_DAYS_TO_A_WEEK("a few days to a week", 2, 7, TimeUnit.DAYS),
  /** "several weeks": 2-6 weeks. "Several" is read as more than one and less than two months. */
  SEVERAL_WEEKS("several weeks", 2, 6, TimeUnit.WEEKS),
  /**
   * "weeks to months": 2-12 weeks, counted in weeks so that the low end stays exact; twelve weeks is
   * the "months" end, about three months.
   */
  WEEKS_TO_MONTHS("weeks to months", 2, 12, TimeUnit.WEEKS),
  /**
   * "about six months or longer": 6-12 months. The source names six months and leaves the upper end
   * open; a year is the horizon hipkit shows.
   */
  ABOUT_SIX_MONTHS_OR_LONGER("about six months or longer", 6, 12, TimeUnit.MONTHS),
  /**
   * "months or years": 2-24 months. Counted in months; two years is the horizon hipkit shows for an
   * open-ended "years".
   */
  MONTHS_TO_YEARS("months or years", 2, 24, TimeUnit.MONTHS);

  private final String text;
  private final TimeRange range;

  SourcePhrase(String text, long low, long high, TimeUnit unit) {
    this.text = text;
    this.range = TimeRange.interpreted(low, high, unit, text);
  }

  /**
   * Returns the phrase as the sources word it.
   *
   * @return the phrase, such as {@code a few days}
   */
  public String text() {
    return text;
  }

  /**
   * Returns the range hipkit chose for the phrase, marked {@link RangeBasis#INTERPRETED}.
   *
   * @return the range, carrying the phrase
   */
  public TimeRange range() {
    return range;
  }
}

package dev.pillid.sync;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file DailyMed lists, read from its name: a full release ({@code dm_spl_release_human_rx_part1.zip}),
 * or a daily ({@code dm_spl_daily_update_12072026.zip}, MMDDYYYY), weekly
 * ({@code dm_spl_weekly_update_113026_120426.zip}, MMDDYY of its first and last day) or monthly
 * ({@code dm_spl_monthly_update_nov2026.zip}) update, dated by the last day it covers.
 *
 * @param md5 the MD5 checksum the listing publishes beside it, lower case, or null
 */
public record UpdateFile(String name, Kind kind, LocalDate date, URI url, String md5) {

    public enum Kind {
        RELEASE, DAILY, WEEKLY, MONTHLY;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> of(String id) {
            for (Kind kind : values()) {
                if (kind.id().equalsIgnoreCase(id.trim())) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private static final Pattern DAILY = Pattern.compile("dm_spl_daily_update_(\\d{8})\\.zip");
    private static final Pattern WEEKLY = Pattern.compile("dm_spl_weekly_update_(\\d{6})_(\\d{6})\\.zip");
    private static final Pattern MONTHLY = Pattern.compile("dm_spl_monthly_update_([a-z]{3})(\\d{4})\\.zip");
    private static final Pattern RELEASE = Pattern.compile("dm_spl_release_[a-z0-9_]{1,60}\\.zip");
    private static final DateTimeFormatter MMDDYYYY = DateTimeFormatter.ofPattern("MMddyyyy");
    private static final DateTimeFormatter MMDDYY = DateTimeFormatter.ofPattern("MMddyy");
    private static final DateTimeFormatter MON = DateTimeFormatter.ofPattern("MMM", Locale.ENGLISH);

    /** The file a name and URL are, when the name is one of DailyMed's; empty for any other file. */
    public static Optional<UpdateFile> of(String name, URI url, String md5) {
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            Matcher m = DAILY.matcher(lower);
            if (m.matches()) {
                return Optional.of(new UpdateFile(name, Kind.DAILY, LocalDate.parse(m.group(1), MMDDYYYY), url, md5));
            }
            m = WEEKLY.matcher(lower);
            if (m.matches()) {
                return Optional.of(new UpdateFile(name, Kind.WEEKLY, LocalDate.parse(m.group(2), MMDDYY), url, md5));
            }
            m = MONTHLY.matcher(lower);
            if (m.matches()) {
                String month = Character.toUpperCase(m.group(1).charAt(0)) + m.group(1).substring(1);
                int number = MON.parse(month).get(java.time.temporal.ChronoField.MONTH_OF_YEAR);
                return Optional.of(new UpdateFile(name, Kind.MONTHLY,
                        YearMonth.of(Integer.parseInt(m.group(2)), number).atEndOfMonth(), url, md5));
            }
        } catch (java.time.DateTimeException e) {
            // A name shaped like DailyMed's but with no real date in it (13322026): not one of its files.
            return Optional.empty();
        }
        if (RELEASE.matcher(lower).matches()) {
            return Optional.of(new UpdateFile(name, Kind.RELEASE, null, url, md5));
        }
        return Optional.empty();
    }

    public UpdateFile withUrl(URI other) {
        return new UpdateFile(name, kind, date, other, md5);
    }

    public UpdateFile withMd5(String checksum) {
        return new UpdateFile(name, kind, date, url, checksum);
    }
}

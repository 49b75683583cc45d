// The Vietnamese lunisolar calendar (âm lịch), computed for UTC+7.
//
// How the calendar is built (the method Vietnamese almanacs use):
// - a lunar month starts on the civil day, in Vietnam's time zone, of a new
//   moon (sóc);
// - the month holding the winter solstice (the sun at 270°) is month 11;
// - from one month 11 to the next there are 12 or 13 months. With 13, the
//   first month after month 11 during which the sun crosses no multiple of 30°
//   (no "major solar term", trung khí) is a leap month: it repeats the number
//   of the month before it.
// New moons and the sun's longitude come from Jean Meeus' approximate
// formulas; they are good to a few minutes for 1900..2100, which is enough
// unless a new moon falls within minutes of midnight.
//
// The time zone matters: Vietnam's calendar is computed for UTC+7 and China's
// for UTC+8, so a new moon between 23:00 and midnight Vietnam time starts a
// month a day earlier here (Tết 2007: 17/02 in Vietnam, 18/02 in China), and a
// solstice or solar term near midnight can move month 11 or the leap month
// (Tết 1985: 21/01 in Vietnam, 20/02 in China).
#include <cmath>

#include "cchc/engine/calendar.hpp"

namespace cchc::engine {

namespace {

constexpr double kPi = 3.14159265358979323846;
constexpr double kTimeZoneDays = 7.0 / 24.0;          // UTC+7
constexpr double kMeanSynodicMonth = 29.530588853;    // days between new moons, on average
constexpr double kNewMoonZeroJd = 2415021.076998695;  // about the new moon of 1 January 1900
constexpr long kJulianDayOf1970 = 2440588;            // Julian day number of 1970-01-01

double sin_deg(double degrees) {
  return std::sin(degrees * kPi / 180.0);
}

// A civil day as its Julian day number (whole days, counted from noon).
long day_number(const Date& d) {
  return long(date::sys_days{d}.time_since_epoch().count()) + kJulianDayOf1970;
}

Date date_of(long jdn) {
  return Date{date::sys_days{date::days{jdn - kJulianDayOf1970}}};
}

// Moment (Julian day, universal time) of new moon number k, counted from the
// first new moon of 1900 (Meeus, "Astronomical Formulae for Calculators").
double new_moon_jd(long k) {
  const double kk = double(k);
  const double t = kk / 1236.85;  // Julian centuries from 1900
  const double t2 = t * t, t3 = t2 * t;
  // The mean new moon ...
  double jd = 2415020.75933 + 29.53058868 * kk + 0.0001178 * t2 - 0.000000155 * t3 +
              0.00033 * sin_deg(166.56 + 132.87 * t - 0.009173 * t2);
  // ... corrected for the sun's anomaly (m), the moon's anomaly (mp) and the
  // moon's argument of latitude (f).
  const double m = 359.2242 + 29.10535608 * kk - 0.0000333 * t2 - 0.00000347 * t3;
  const double mp = 306.0253 + 385.81691806 * kk + 0.0107306 * t2 + 0.00001236 * t3;
  const double f = 21.2964 + 390.67050646 * kk - 0.0016528 * t2 - 0.00000239 * t3;
  double c = (0.1734 - 0.000393 * t) * sin_deg(m) + 0.0021 * sin_deg(2 * m) - 0.4068 * sin_deg(mp) +
             0.0161 * sin_deg(2 * mp) - 0.0004 * sin_deg(3 * mp) + 0.0104 * sin_deg(2 * f) -
             0.0051 * sin_deg(m + mp) - 0.0074 * sin_deg(m - mp) + 0.0004 * sin_deg(2 * f + m) -
             0.0004 * sin_deg(2 * f - m) - 0.0006 * sin_deg(2 * f + mp) +
             0.0010 * sin_deg(2 * f - mp) + 0.0005 * sin_deg(2 * mp + m);
  // Dynamical time runs ahead of universal time (delta T, in days).
  double delta_t =
      t < -11 ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
              : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c - delta_t;
}

// The civil day in Vietnam on which new moon k falls: the first day of a month.
long new_moon_day(long k) {
  return long(std::floor(new_moon_jd(k) + 0.5 + kTimeZoneDays));
}

// The sun's true longitude in degrees [0, 360) at a Julian day (Meeus, low accuracy).
double sun_longitude(double jd) {
  const double t = (jd - 2451545.0) / 36525.0;  // Julian centuries from J2000
  const double t2 = t * t;
  const double mean_anomaly = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const double mean_longitude = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const double centre = (1.914600 - 0.004817 * t - 0.000014 * t2) * sin_deg(mean_anomaly) +
                        (0.019993 - 0.000101 * t) * sin_deg(2 * mean_anomaly) +
                        0.000290 * sin_deg(3 * mean_anomaly);
  double l = std::fmod(mean_longitude + centre, 360.0);
  return l < 0 ? l + 360.0 : l;
}

// Which 30° sector of the ecliptic the sun is in when the civil day `jdn`
// begins in Vietnam (0: 0°..30° after the spring equinox; 9: from the winter
// solstice). A month holds a major solar term when the sector at its first day
// differs from the sector at the next month's first day.
int sun_sector_at_start_of(long jdn) {
  const double local_midnight = double(jdn) - 0.5 - kTimeZoneDays;
  return int(sun_longitude(local_midnight) / 30.0);
}

// k of the month holding day `jdn`: new_moon_day(k) <= jdn < new_moon_day(k + 1).
long month_index(long jdn) {
  long k = long(std::floor((double(jdn) - kNewMoonZeroJd) / kMeanSynodicMonth));
  while (new_moon_day(k + 1) <= jdn) ++k;
  while (new_moon_day(k) > jdn) --k;
  return k;
}

// The months from month 11 of one solar year to month 11 of the next.
struct LunarYearFrame {
  int solar_year = 0;  // the year whose December holds the first month 11
  long first = 0;      // k of that month 11
  int months = 12;     // 12, or 13 with a leap month
  int leap = 0;        // offset from month 11 of the leap month; 0: none
};

// k of month 11 of a solar year: the month holding that year's winter solstice.
long month11_index(int solar_year) {
  // The month holding 31 December started less than a month before it, after
  // early December. If the sun is already past 270° on its first day, the
  // solstice fell in the month before.
  long k = month_index(day_number(Date{date::year{solar_year}, date::December, date::day{31}}));
  return sun_sector_at_start_of(new_moon_day(k)) >= 9 ? k - 1 : k;
}

LunarYearFrame frame_of(int solar_year) {
  LunarYearFrame f;
  f.solar_year = solar_year;
  f.first = month11_index(solar_year);
  f.months = int(month11_index(solar_year + 1) - f.first);
  if (f.months == 13) {
    // The first month (after month 11 itself) in which the sun does not
    // change sector has no major solar term: it is the leap month.
    for (int i = 1; i < 13 && f.leap == 0; ++i)
      if (sun_sector_at_start_of(new_moon_day(f.first + i)) ==
          sun_sector_at_start_of(new_moon_day(f.first + i + 1)))
        f.leap = i;
  }
  return f;
}

}  // namespace

LunarDate to_lunar(const Date& d) {
  const long jdn = day_number(d);
  const long k = month_index(jdn);
  LunarYearFrame f = frame_of(int(d.year()));
  if (k < f.first) f = frame_of(int(d.year()) - 1);
  const int offset = int(k - f.first);  // 0 for month 11
  // Months after a leap month take the number of the month before them.
  const int numbered = offset - (f.leap != 0 && offset >= f.leap ? 1 : 0);
  LunarDate l;
  l.day = int(jdn - new_moon_day(k)) + 1;
  l.month = (numbered + 10) % 12 + 1;  // 0 -> 11, 1 -> 12, 2 -> 1 ...
  // Months 11 and 12 belong to the lunar year that ends with this frame's Tết.
  l.year = numbered < 2 ? f.solar_year : f.solar_year + 1;
  l.leap = f.leap != 0 && offset == f.leap;
  return l;
}

std::optional<Date> from_lunar(const LunarDate& l) {
  if (l.month < 1 || l.month > 12 || l.day < 1 || l.day > 30 || l.year < 2 || l.year > 9998)
    return std::nullopt;
  const LunarYearFrame f = frame_of(l.month >= 11 ? l.year : l.year - 1);
  const int numbered = l.month >= 11 ? l.month - 11 : l.month + 1;
  int offset = numbered;
  if (l.leap) {
    if (f.leap == 0 || f.leap != numbered + 1) return std::nullopt;  // no such leap month
    offset = f.leap;
  } else if (f.leap != 0 && numbered >= f.leap) {
    offset = numbered + 1;
  }
  const long start = new_moon_day(f.first + offset);
  const long length = new_moon_day(f.first + offset + 1) - start;  // 29 or 30
  if (l.day > length) return std::nullopt;
  return date_of(start + l.day - 1);
}

}  // namespace cchc::engine

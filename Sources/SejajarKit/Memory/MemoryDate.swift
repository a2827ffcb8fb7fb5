/// Dates of a translation memory store: seconds since 1970 (UTC), read from TMX's
/// `YYYYMMDDThhmmssZ` and from the `YYYY-MM-DD` a user types, written back in both.
public enum MemoryDate {
    /// Seconds of a TMX date (`20240301T120000Z`), nil when it is not one.
    public static func seconds(tmx: String) -> Int64? {
        let digits = Array(tmx.utf8)
        guard digits.count == 16, digits[8] == UInt8(ascii: "T"), digits[15] == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                guard (48...57).contains(digits[k]) else { return nil }
                value = value * 10 + Int(digits[k] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(4..<6), let day = number(6..<8), let hour = number(9..<11),
              let minute = number(11..<13), let second = number(13..<15) else { return nil }
        return seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    /// Seconds of a day a user types (`2024-03-01`, or `2024-03-01T12:00:00Z`), nil when it is
    /// neither.
    public static func seconds(day text: String) -> Int64? {
        let parts = text.split(separator: "T", maxSplits: 1)
        let date = parts.first.map { $0.split(separator: "-", omittingEmptySubsequences: false) } ?? []
        guard date.count == 3, date[0].count == 4, date[1].count == 2, date[2].count == 2,
              let year = Int(date[0]), let month = Int(date[1]), let day = Int(date[2]) else { return nil }
        var (hour, minute, second) = (0, 0, 0)
        if parts.count == 2 {
            var time = String(parts[1])
            guard time.hasSuffix("Z") else { return nil }
            time.removeLast()
            let fields = time.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
            guard fields.count == 3, let h = fields[0], let m = fields[1], let s = fields[2] else { return nil }
            (hour, minute, second) = (h, m, s)
        }
        return seconds(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    }

    static func seconds(year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) -> Int64? {
        guard (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              day <= daysIn(month: month, year: year) else { return nil }
        return Int64(daysFromCivil(year: year, month: month, day: day)) * 86400 + Int64(hour * 3600 + minute * 60 + second)
    }

    /// `20240301T120000Z`.
    public static func tmx(_ seconds: Int64) -> String {
        let (y, m, d, h, mi, s) = civil(seconds)
        return pad(y, 4) + pad(m, 2) + pad(d, 2) + "T" + pad(h, 2) + pad(mi, 2) + pad(s, 2) + "Z"
    }

    /// `2024-03-01`.
    public static func day(_ seconds: Int64) -> String {
        let (y, m, d, _, _, _) = civil(seconds)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2)
    }

    /// `2024-03-01T12:00:00Z`.
    public static func iso(_ seconds: Int64) -> String {
        let (y, m, d, h, mi, s) = civil(seconds)
        return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) + "T" + pad(h, 2) + ":" + pad(mi, 2) + ":" + pad(s, 2) + "Z"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(_ seconds: Int64) -> (Int, Int, Int, Int, Int, Int) {
        var days = Int(seconds / 86400), rest = Int(seconds % 86400)
        if rest < 0 { rest += 86400; days -= 1 }
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day, rest / 3600, rest % 3600 / 60, rest % 60)
    }
}

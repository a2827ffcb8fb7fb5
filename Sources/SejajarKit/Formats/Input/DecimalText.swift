/// Confidences and scores as every format writes them: three decimals, fixed, so that output
/// is byte-stable across platforms and runs.
enum DecimalText {
    /// "0.912": `value` clamped to [0, 1] with three decimals.
    static func confidence(_ value: Double) -> String {
        let scaled = Int((min(max(value, 0), 1) * 1000).rounded())
        let fraction = String(scaled % 1000)
        return "\(scaled / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    /// `value` rounded to three decimals, for JSON numbers.
    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// A figure read from a sentence, with every value it can stand for: digits with their
/// separators, glued letters, scale words and units ("1.500", "usia13", "£11juta", "2,35
/// miliar", "45 ha", "1930-an", "08.00", "5 de la tarde"), a number word ("diez", "sembilan",
/// "twenty-one") or a Roman numeral ("XVII").
///
/// Translations write one figure many ways, so a quantity keeps all its readings and two
/// quantities agree when their readings meet (`agreement(with:)`): "1.500" is 1500 in Spanish and
/// 1.5 in English; "2.350 millones" is 2.35 × 10⁹ like "2,35 miliar"; "17.00" is the hour "5 de la
/// tarde" names. Digits are firm: a translation must carry them. Words and numerals are soft:
/// they answer for digits on the other side but are not required ("un", "satu" and "I" are
/// usually not figures).
public struct Quantity: Sendable, Hashable {
    /// How the figure is written.
    public enum Kind: Sendable, Hashable {
        /// Digits, possibly with separators, glued letters, a scale word or a unit.
        case digits
        /// Number words ("veintiuno", "dua belas", "ninety").
        case words
        /// A Roman numeral of two letters or more ("XVII").
        case roman
    }

    /// A unit of measure: its dimension and how to bring a value to the dimension's base unit.
    public struct Unit: Sendable, Hashable {
        /// "length", "area", "mass", "volume", "temperature", "speed".
        public var dimension: String
        /// base = value × factor + offset (metres, square metres, kilograms, litres, °C, km/h).
        public var factor: Double
        public var offset: Double = 0

        /// `value` in the dimension's base unit.
        func base(_ value: Double) -> Double { value * factor + offset }
    }

    /// How two quantities relate.
    public enum Agreement: Sendable, Hashable {
        /// The same figure.
        case same
        /// The same measure in another unit ("45 ha" / "450.000 m²", "seis metros" / "20 kaki").
        case converted
    }

    /// Character offsets of the figure in the text.
    public var range: Range<Int>
    /// The figure as written, with its scale word and unit.
    public var text: String
    /// How it is written.
    public var kind: Kind
    /// The values the figure can stand for, the likeliest first.
    public var values: [Double]
    /// The unit that follows it, if any.
    public var unit: Unit?
    /// Written as a decade ("1990-an", "the 1990s", "años 30").
    public var decade = false
    /// A month: numbered where a language numbers months (Vietnamese "tháng 6", June), or named
    /// ("junio", "Juni"). A month's name answers only for a numbered month: "junio" is not the
    /// figure 6 of "6 personas".
    public var month = false

    /// Whether a translation must carry the figure.
    public var isFirm: Bool { kind == .digits }

    /// How this quantity relates to `other`, or nil when they are different figures.
    public func agreement(with other: Quantity) -> Agreement? {
        if (kind == .words && month && !other.month) || (other.kind == .words && other.month && !month) { return nil }
        let sameUnit = unit == nil || other.unit == nil || unit == other.unit
        if sameUnit {
            for a in values where other.values.contains(where: { Self.equal(a, $0) }) { return .same }
            if decade || other.decade {
                for a in values {
                    for b in other.values where Self.sameDecade(a, b) { return .same }
                }
            }
            return nil
        }
        guard let unit, let otherUnit = other.unit, unit.dimension == otherUnit.dimension else { return nil }
        for a in values {
            for b in other.values {
                let x = unit.base(a), y = otherUnit.base(b)
                if abs(x - y) <= Self.conversionTolerance * max(abs(x), abs(y)) { return .converted }
            }
        }
        return nil
    }

    /// How far a converted measure may be rounded (20 feet for six metres is 1.6% off).
    static let conversionTolerance = 0.06

    static func equal(_ a: Double, _ b: Double) -> Bool {
        a == b || abs(a - b) <= 1e-9 * max(abs(a), abs(b))
    }

    /// A two-digit decade and a four-digit year of it: 30 and 1930, 90 and 1990.
    static func sameDecade(_ a: Double, _ b: Double) -> Bool {
        let (short, long) = a < b ? (a, b) : (b, a)
        guard short >= 10, short <= 90, short.truncatingRemainder(dividingBy: 10) == 0,
              long >= 1000, long < 2100, long.truncatingRemainder(dividingBy: 10) == 0 else { return false }
        return long.truncatingRemainder(dividingBy: 100) == short
    }

    /// The value as a reader would say it: "47000", "2.35", "2350000000".
    public var reading: String {
        guard let value = values.first, !text.contains(":") else { return text }
        if value == value.rounded(), abs(value) < 1e18 { return String(Int64(value)) }
        return String(value)
    }
}

extension Quantity {
    /// The quantities of `text`, written in `language`, left to right.
    public static func read(_ text: String, language: Language) -> [Quantity] {
        QuantityReader(text: text, language: language).read()
    }
}

/// Reads the quantities of one text: a small scanner over runs of digits, letters and the rest.
struct QuantityReader {
    /// A run of the text: digits with their separators, letters, or one other character.
    struct Piece {
        enum Kind { case digits, letters, space, other }
        var kind: Kind
        var range: Range<Int>
        var text: String
        /// Letters lower-cased and folded.
        var key: String
    }

    let characters: [Character]
    let language: String
    var pieces: [Piece] = []

    init(text: String, language: Language) {
        var characters: [Character] = [], starts: [String.Index] = []
        for index in text.indices {
            characters.append(text[index])
            starts.append(index)
        }
        starts.append(text.endIndex)
        self.characters = characters
        self.language = language.base
        pieces = Self.pieces(characters, of: text, at: starts)
    }

    static func isDigit(_ c: Character) -> Bool { c.asciiValue.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }

    /// `Character.isLetter`, told without Unicode's tables for ASCII (most characters here).
    static func isLetter(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return c.isLetter }
        return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A
    }

    /// `Character.isWhitespace`, told without Unicode's tables for ASCII (CR LF is one character
    /// whose `asciiValue` is LF's).
    static func isWhitespace(_ c: Character) -> Bool {
        guard let ascii = c.asciiValue else { return c.isWhitespace }
        return ascii == 0x20 || (ascii >= 0x09 && ascii <= 0x0D)
    }

    /// The pieces of `text`, whose characters are `characters`, the `k`th starting at
    /// `starts[k]` (and one more index, the end).
    static func pieces(_ characters: [Character], of text: String, at starts: [String.Index]) -> [Piece] {
        var pieces: [Piece] = []
        var i = 0
        while i < characters.count {
            let c = characters[i]
            var j = i + 1
            let kind: Piece.Kind
            if isDigit(c) {
                kind = .digits
                while j < characters.count {
                    if isDigit(characters[j]) { j += 1; continue }
                    // A separator inside a figure: "." "," ":" "'" or a narrow or no-break space,
                    // followed by a digit (a space only before a group of three).
                    let separator = characters[j]
                    guard j + 1 < characters.count, isDigit(characters[j + 1]) else { break }
                    if ".,:'’".contains(separator) { j += 1; continue }
                    if separator == "\u{00A0}" || separator == "\u{202F}" || separator == "\u{2009}" {
                        // "1 500" (a no-break or narrow space) joins a group of three digits.
                        var k = j + 1
                        while k < characters.count && isDigit(characters[k]) { k += 1 }
                        if k - j - 1 == 3 { j += 1; continue }
                    }
                    break
                }
                // A trailing separator is punctuation ("en 2024.").
            } else if isLetter(c) {
                kind = .letters
                while j < characters.count, isLetter(characters[j]) { j += 1 }
            } else if isWhitespace(c) {
                kind = .space
                while j < characters.count, isWhitespace(characters[j]) { j += 1 }
            } else {
                kind = .other
            }
            let piece = String(text[starts[i]..<starts[j]])
            // Folding lowercases (lowercasing twice is lowercasing once).
            pieces.append(Piece(kind: kind, range: i..<j, text: piece, key: kind == .letters ? Tokenizer.fold(piece) : piece))
            i = j
        }
        return pieces
    }

    func read() -> [Quantity] {
        var result: [Quantity] = []
        var p = 0
        while p < pieces.count {
            switch pieces[p].kind {
            case .digits:
                let (quantity, next) = digits(at: p)
                result.append(quantity)
                p = next
            case .letters:
                if let month = Self.monthNames[pieces[p].key] {
                    result.append(Quantity(range: pieces[p].range, text: pieces[p].text, kind: .words, values: [Double(month)], month: true))
                    p += 1
                } else if let (quantity, next) = words(at: p) {
                    result.append(quantity)
                    p = next
                } else if let quantity = roman(at: p) {
                    result.append(quantity)
                    p += 1
                } else {
                    p += 1
                }
            default:
                p += 1
            }
        }
        return result
    }

    // MARK: Months

    /// The word before a month's number, where a language numbers its months (folded).
    static let monthWords: [String: Set<String>] = ["vi": ["thang"]]

    /// Month names (folded) in the languages Sejajar reads, by month number. Only a numbered
    /// month is answered by them; a name is never required.
    static let monthNames: [String: Int] = {
        let names = [
            ["enero", "januari", "january", "janvier", "januar", "janeiro", "gennaio"],
            ["febrero", "februari", "february", "fevrier", "februar", "fevereiro", "febbraio"],
            ["marzo", "maret", "march", "mars", "marz", "marco"],
            ["abril", "april", "avril", "aprile"],
            ["mayo", "mei", "may", "mai", "maio", "maggio"],
            ["junio", "juni", "june", "juin", "junho", "giugno"],
            ["julio", "juli", "july", "juillet", "julho", "luglio"],
            ["agosto", "agustus", "august", "aout"],
            ["septiembre", "setiembre", "september", "septembre", "setembro", "settembre"],
            ["octubre", "oktober", "october", "octobre", "outubro", "ottobre"],
            ["noviembre", "november", "novembre", "novembro"],
            ["diciembre", "desember", "december", "decembre", "dezember", "dezembro", "dicembre"],
        ]
        var table: [String: Int] = [:]
        for (k, list) in names.enumerated() { for name in list { table[name] = k + 1 } }
        return table
    }()

    // MARK: Digits

    /// Languages that write "1.500,5"; the others ("en", "zh", "ja" …) write "1,500.5".
    static let decimalComma: Set<String> = ["es", "id", "ms", "de", "fr", "it", "pt", "nl", "vi", "ru", "pl", "tr", "ca", "ro", "sv", "da", "nb", "no", "fi", "cs"]

    /// The readings of a run of digits and separators.
    func values(of text: String) -> [Double] {
        var groups: [String] = [], separators: [Character] = []
        var current = ""
        for c in text {
            if Self.isDigit(c) { current.append(c) } else { groups.append(current); separators.append(c); current = "" }
        }
        groups.append(current)
        func number(_ s: String) -> Double { Double(s) ?? 0 }
        if separators.isEmpty { return [number(groups[0])] }
        // A time of day: "8:00", "15:30:00".
        if separators.allSatisfy({ $0 == ":" }) {
            guard groups.count <= 3, groups.dropFirst().allSatisfy({ $0.count == 2 }) else { return [number(groups.joined())] }
            let hour = number(groups[0]), minute = number(groups[1])
            return minute == 0 ? [hour + minute / 100, hour] : [hour + minute / 100]
        }
        var readings: [Double] = []
        let spaces = separators.filter { " \u{00A0}\u{202F}\u{2009}'’".contains($0) }
        let marks = separators.filter { $0 == "." || $0 == "," }
        let thousands = groups.dropFirst().allSatisfy { $0.count == 3 }
        if marks.isEmpty {
            readings = [number(groups.joined())]
        } else if Set(marks).count == 2 {
            // "1.234,5" / "1,234.5": the last mark is the decimal one.
            let last = separators.lastIndex(where: { $0 == "." || $0 == "," })!
            let whole = groups[...last].joined(), fraction = groups[(last + 1)...].joined()
            readings = [number(whole + "." + fraction)]
        } else if marks.count == 1 && spaces.isEmpty {
            let joined = number(groups.joined()), decimal = number(groups[..<(groups.count - 1)].joined() + "." + groups[groups.count - 1])
            let mark = marks[0]
            // The language's own convention first; a three-digit group may be either.
            let localThousands: Character = Self.decimalComma.contains(language) ? "." : ","
            if !thousands {
                readings = [decimal]
            } else if mark == localThousands {
                readings = [joined, decimal]
            } else {
                readings = [decimal, joined]
            }
        } else if thousands {
            readings = [number(groups.joined())]
        } else {
            // "1.2.3": a version or a list; read each digit group as written.
            readings = [number(groups.joined())]
        }
        return readings
    }

    /// A figure in digits at piece `p`, with what is glued to it or follows it.
    func digits(at p: Int) -> (Quantity, Int) {
        let piece = pieces[p]
        var values = values(of: piece.text)
        var end = p + 1
        var unit: Quantity.Unit?
        var decade = false
        // Glued letters: "-an" or "s" (a decade), a scale word ("11juta"), a unit ("45ha"), an
        // ordinal ending ("125th", "17.º"); a word glued before ("usia13") says nothing.
        var q = p + 1
        if q + 1 < pieces.count, pieces[q].text == "-" || pieces[q].text == "'" || pieces[q].text == "’", pieces[q + 1].kind == .letters,
           ["an", "s"].contains(pieces[q + 1].key) {
            q += 1
        }
        if q < pieces.count, pieces[q].kind == .letters, pieces[q].range.lowerBound == pieces[q - 1].range.upperBound {
            let key = pieces[q].key
            if key == "an" || key == "s" {
                decade = values.contains { $0.truncatingRemainder(dividingBy: 10) == 0 }
                end = q + 1
            } else if let scale = scale(key) {
                values = values.map { $0 * scale }
                end = q + 1
            } else if let (found, next) = self.unit(at: q) {
                unit = found
                end = next
            } else if ["th", "st", "nd", "rd", "o", "a", "er", "e", "eme", "ste", "te"].contains(key) {
                end = q + 1
            }
        }
        if unit == nil { (values, unit, end) = trailing(values, from: end) }
        if namesDecade(before: p, values) { decade = true }
        values = afternoon(values, after: end)
        let range = piece.range.lowerBound..<pieces[end - 1].range.upperBound
        var quantity = Quantity(range: range, text: String(characters[range]), kind: .digits, values: values, unit: unit, decade: decade)
        if unit == nil, let before = word(before: p), Self.monthWords[language]?.contains(before.key) == true,
           let value = values.first, value >= 1, value <= 12, value == value.rounded() {
            quantity.month = true
        }
        return (quantity, end)
    }

    /// Scale words and a unit after piece `end` ("2.350 millones", "mil millones", "6 metros",
    /// "30 °C"): the values scaled, the unit, and the piece after them.
    func trailing(_ values: [Double], from end: Int) -> ([Double], Quantity.Unit?, Int) {
        var values = values, end = end
        while let word = word(after: end), let scale = scale(word.key) {
            values = values.map { $0 * scale }
            end = word.index + 1
        }
        if let word = word(after: end), let (unit, after) = unit(at: word.index) { return (values, unit, after) }
        if let sign = piece(after: end), "°º".contains(pieces[sign].text), let (unit, after) = unit(at: sign) { return (values, unit, after) }
        return (values, nil, end)
    }

    /// Words before a figure that make its tens a decade ("años 30", "tahun 90-an").
    static let decadeWords: Set<String> = ["anos", "decada", "tahun", "decade"]

    /// Whether the word before piece `p` names a decade and one of `values` is its tens.
    func namesDecade(before p: Int, _ values: [Double]) -> Bool {
        guard let previous = word(before: p), Self.decadeWords.contains(previous.key) else { return false }
        return values.contains { $0 >= 10 && $0 <= 90 && $0.truncatingRemainder(dividingBy: 10) == 0 }
    }

    /// Adds the 24-hour reading of an hour followed by an afternoon or evening marker ("5 de la
    /// tarde", "pukul 3 sore", "3 pm").
    func afternoon(_ values: [Double], after p: Int) -> [Double] {
        guard let first = word(after: p) else { return values }
        var keys = [first.key]
        var k = first.index
        while keys.count < 3, let next = word(after: k + 1) { keys.append(next.key); k = next.index }
        let markers: [[String]] = [["pm"], ["p", "m"], ["sore"], ["malam"], ["de", "la", "tarde"], ["de", "la", "noche"], ["in", "the", "afternoon"], ["in", "the", "evening"],
                                   ["gio", "chieu"], ["gio", "toi"], ["chieu"], ["toi"]]
        guard markers.contains(where: { keys.starts(with: $0) }) else { return values }
        return values + values.filter { $0 >= 1 && $0 < 12 }.map { $0 + 12 }
    }

    /// The next letters piece from piece `p` on, across spaces only, with its index.
    func word(after p: Int) -> (key: String, index: Int)? {
        guard let k = piece(after: p), pieces[k].kind == .letters else { return nil }
        return (pieces[k].key, k)
    }

    /// The index of the next piece from piece `p` on that is not a space.
    func piece(after p: Int) -> Int? {
        var k = p
        while k < pieces.count, pieces[k].kind == .space { k += 1 }
        return k < pieces.count ? k : nil
    }

    /// The letters piece before piece `p`, across spaces only.
    func word(before p: Int) -> (key: String, index: Int)? {
        var k = p - 1
        while k >= 0, pieces[k].kind == .space { k -= 1 }
        guard k >= 0, pieces[k].kind == .letters else { return nil }
        return (pieces[k].key, k)
    }

    /// The multiplier a scale word stands for ("millones", "miliar", "billion").
    func scale(_ key: String) -> Double? {
        switch key {
        case "mil" where language != "id" && language != "ms": return 1e3
        case "millon", "millones", "million", "millions", "millionen", "mio", "juta", "jt", "trieu": return 1e6
        case "millardo", "millardos", "milliard", "milliards", "milliarde", "milliarden", "mrd", "miliar", "milyar", "bn", "ty": return 1e9
        case "billon", "billones", "billiarde": return 1e12
        case "billion", "billions": return language == "en" || language == "id" || language == "ms" ? 1e9 : 1e12
        case "trillion", "trillions", "triliun": return 1e12
        case "thousand", "ribu", "rb", "tausend", "mille", "nghin", "ngan": return 1e3
        default: return nil
        }
    }

    // MARK: Units

    static let units: [String: Quantity.Unit] = {
        var table: [String: Quantity.Unit] = [:]
        func add(_ names: [String], _ dimension: String, _ factor: Double, _ offset: Double = 0) {
            for name in names { table[name] = Quantity.Unit(dimension: dimension, factor: factor, offset: offset) }
        }
        add(["m", "metro", "metros", "meter", "meters", "metre", "metres"], "length", 1)
        add(["km", "kilometro", "kilometros", "kilometer", "kilometers", "kilometre", "kilometres"], "length", 1000)
        add(["cm", "centimetro", "centimetros", "sentimeter", "centimeter", "centimeters", "centimetre", "centimetres"], "length", 0.01)
        add(["mm", "milimetro", "milimetros", "milimeter", "millimeter", "millimeters", "millimetre", "millimetres"], "length", 0.001)
        add(["ft", "pie", "pies", "kaki", "feet", "foot"], "length", 0.3048)
        add(["inch", "inches", "pulgada", "pulgadas", "inci"], "length", 0.0254)
        add(["yard", "yards", "yarda", "yardas"], "length", 0.9144)
        add(["milla", "millas", "mile", "miles", "dam"], "length", 1609.344)  // "dặm", the Vietnamese mile
        add(["met"], "length", 1)
        add(["cay so"], "length", 1000)  // "cây số", a kilometre
        add(["m2", "m²", "metros cuadrados", "meter persegi", "square meters", "square metres"], "area", 1)
        add(["km2", "km²", "kilometros cuadrados", "kilometer persegi", "square kilometers", "square kilometres"], "area", 1e6)
        add(["ha", "hectarea", "hectareas", "hektar", "hektare", "hectare", "hectares"], "area", 1e4)
        add(["acre", "acres", "ekar"], "area", 4046.856)
        add(["kg", "kilo", "kilos", "kilogramo", "kilogramos", "kilogram", "kilograms"], "mass", 1)
        add(["g", "gramo", "gramos", "gram", "grams"], "mass", 0.001)
        add(["t", "ton", "tons", "tonelada", "toneladas", "tonne", "tonnes"], "mass", 1000)
        add(["lb", "lbs", "pon", "pound", "pounds", "libra", "libras", "pao"], "mass", 0.45359)
        add(["l", "litro", "litros", "liter", "liters", "litre", "litres"], "volume", 1)
        add(["ml", "mililitro", "mililitros", "mililiter", "milliliter", "milliliters"], "volume", 0.001)
        add(["galon", "galones", "gallon", "gallons"], "volume", 3.78541)
        add(["°c", "ºc", "c", "grados celsius", "derajat celsius", "degrees celsius", "celsius", "grados centigrados"], "temperature", 1)
        add(["°f", "ºf", "f", "grados fahrenheit", "derajat fahrenheit", "degrees fahrenheit", "fahrenheit"], "temperature", 5.0 / 9, -160.0 / 9)
        add(["km/h", "km/jam", "kph"], "speed", 1)
        add(["mph"], "speed", 1.609344)
        return table
    }()

    /// A unit starting at piece `p` (a word, two words, or a symbol with letters: "°C", "km/h", "m²"),
    /// and the index after it.
    func unit(at p: Int) -> (Quantity.Unit, Int)? {
        // Up to four pieces without spaces ("km", "/", "h"; "°", "C"; "m", "²") or two words.
        var candidates: [(String, Int)] = []
        var glued = "", k = p
        while k < pieces.count, k < p + 4, pieces[k].kind != .space {
            if pieces[k].kind == .other, !"°º/²".contains(pieces[k].text) { break }
            glued += pieces[k].kind == .letters ? pieces[k].key : pieces[k].text
            candidates.append((glued, k + 1))
            k += 1
        }
        if pieces[p].kind == .letters, let second = word(after: p + 1), let third = word(after: second.index + 1) {
            candidates.append((pieces[p].key + " " + second.key + " " + third.key, third.index + 1))
        }
        if pieces[p].kind == .letters, let second = word(after: p + 1) {
            candidates.append((pieces[p].key + " " + second.key, second.index + 1))
        }
        // One-letter symbols ("m", "g", "t", "l", "c", "f") only glued or followed by punctuation or space.
        for (name, next) in candidates.sorted(by: { $0.1 > $1.1 }) {
            guard let unit = Self.units[name] else { continue }
            if name.count == 1, pieces[p].text.first?.isUppercase == true, name != "l" { continue }
            if name == "c" || name == "f" { continue }  // only with a degree sign
            if name == "mil", language != "id" { continue }
            return (unit, next)
        }
        return nil
    }

    // MARK: Words

    /// Number words of the text's language: values below a thousand, tens that combine with
    /// units ("treinta y cinco", "twenty-one", "dua puluh lima").
    func wordValue(_ key: String) -> (value: Double, role: WordRole)? {
        Self.numberWords[language]?[key]
    }

    enum WordRole { case unit, ten, hundred, teen, times10, times100, plus10, complete }

    static let numberWords: [String: [String: (value: Double, role: WordRole)]] = {
        var es: [String: (Double, WordRole)] = [:]
        for (k, w) in ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"].enumerated() { es[w] = (Double(k), .unit) }
        es["un"] = (1, .unit); es["una"] = (1, .unit)
        for (k, w) in ["diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"].enumerated() { es[w] = (Double(10 + k), .teen) }
        for (k, w) in ["veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"].enumerated() { es[w] = (Double(21 + k), .teen) }
        es["veintiun"] = (21, .teen)
        for (k, w) in ["veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"].enumerated() { es[w] = (Double(20 + 10 * k), .ten) }
        es["cien"] = (100, .hundred); es["ciento"] = (100, .hundred)
        for (k, w) in ["doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"].enumerated() {
            es[w] = (Double(200 + 100 * k), .hundred)
            es[String(w.dropLast(2)) + "as"] = (Double(200 + 100 * k), .hundred)
        }
        for (k, w) in ["primero", "segundo", "tercero", "cuarto", "quinto", "sexto", "septimo", "octavo", "noveno", "decimo"].enumerated() { es[w] = (Double(k + 1), .complete) }
        es["primer"] = (1, .complete); es["tercer"] = (3, .complete); es["primera"] = (1, .complete)
        var id: [String: (Double, WordRole)] = [:]
        for (k, w) in ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"].enumerated() {
            id[w] = (Double(k), .unit)
            if k >= 2 { id["ke" + w] = (Double(k), .complete) }
        }
        id["sepuluh"] = (10, .teen); id["sebelas"] = (11, .teen); id["seratus"] = (100, .hundred); id["seribu"] = (1000, .complete); id["sejuta"] = (1e6, .complete)
        id["puluh"] = (10, .times10); id["belas"] = (10, .plus10); id["ratus"] = (100, .times100)
        id["pertama"] = (1, .complete); id["kesepuluh"] = (10, .complete)
        var en: [String: (Double, WordRole)] = [:]
        for (k, w) in ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"].enumerated() { en[w] = (Double(k), .unit) }
        for (k, w) in ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"].enumerated() { en[w] = (Double(10 + k), .teen) }
        for (k, w) in ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].enumerated() { en[w] = (Double(20 + 10 * k), .ten) }
        en["hundred"] = (100, .times100)
        for (k, w) in ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"].enumerated() { en[w] = (Double(k + 1), .complete) }
        for (k, w) in ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"].enumerated() { en[w] = (Double(20 + 10 * k), .complete) }
        var vi: [String: (Double, WordRole)] = [:]
        for (k, w) in ["khong", "mot", "hai", "ba", "bon", "nam", "sau", "bay", "tam", "chin"].enumerated() where k >= 2 && w != "nam" && w != "ba" && w != "sau" { vi[w] = (Double(k), .unit) }
        vi["muoi"] = (10, .teen)
        return ["es": es, "id": id, "ms": id, "en": en, "vi": vi]
    }()

    /// A run of number words at piece `p` ("treinta y cinco", "dua puluh lima", "twenty-one"), with
    /// a following scale word ("dos millones"), and the piece after it.
    func words(at p: Int) -> (Quantity, Int)? {
        guard let first = wordValue(pieces[p].key), ![.times10, .times100, .plus10].contains(first.role) else { return nil }
        // The value so far: hundreds and the rest below a hundred, and the last word's role.
        var hundreds = 0.0, rest = 0.0, role = first.role, last = p
        switch first.role {
        case .hundred: hundreds = first.value
        default: rest = first.value
        }
        var k = p + 1
        while role != .complete {
            // The next word across spaces and a hyphen, or "y" / "and" after tens or hundreds.
            var n = k
            while n < pieces.count, pieces[n].kind == .space || pieces[n].text == "-" { n += 1 }
            if n < pieces.count, pieces[n].kind == .letters, ["y", "and"].contains(pieces[n].key), role == .ten || role == .hundred || role == .times100 {
                n += 1
                while n < pieces.count, pieces[n].kind == .space { n += 1 }
            }
            guard n < pieces.count, pieces[n].kind == .letters, let next = wordValue(pieces[n].key) else { break }
            var taken = true
            switch next.role {
            case .unit where rest.truncatingRemainder(dividingBy: 10) == 0 && role != .unit && role != .teen && next.value > 0:
                rest += next.value
            case .teen where rest == 0, .ten where rest == 0:
                rest += next.value
            case .times10 where role == .unit && rest < 10:
                rest *= 10
            case .plus10 where role == .unit && rest < 10:
                rest += 10
            case .times100 where hundreds == 0 && rest < 10:
                hundreds = max(rest, 1) * 100
                rest = 0
            default:
                taken = false
            }
            guard taken else { break }
            role = next.role
            last = n
            k = n + 1
        }
        let value = hundreds + rest
        let (scaled, unit, end) = trailing([value], from: last + 1)
        let decade = namesDecade(before: p, [value]) || (language == "en" && first.role == .complete && pieces[p].key.hasSuffix("ies"))
        let values = afternoon(scaled, after: end)
        let range = pieces[p].range.lowerBound..<pieces[end - 1].range.upperBound
        return (Quantity(range: range, text: String(characters[range]), kind: .words, values: values, unit: unit, decade: decade), end)
    }

    /// A Roman numeral of two letters or more, in capitals ("XVII", "IV").
    func roman(at p: Int) -> Quantity? {
        let text = pieces[p].text
        guard text.count >= 2, text.allSatisfy({ "IVXLCDM".contains($0) }) else { return nil }
        let digits: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        let numbers = text.map { digits[$0]! }
        var value = 0
        for (k, n) in numbers.enumerated() { value += k + 1 < numbers.count && numbers[k + 1] > n ? -n : n }
        // Only canonical numerals: "IIII", "VX" or "MIX"-like words are not figures.
        guard value > 0, value < 4000, Self.romanNumeral(value) == text else { return nil }
        return Quantity(range: pieces[p].range, text: text, kind: .roman, values: [Double(value)])
    }

    static func romanNumeral(_ value: Int) -> String {
        let table: [(Int, String)] = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value, result = ""
        for (n, s) in table { while rest >= n { result += s; rest -= n } }
        return result
    }
}

import ArgumentParser

/// Mistyped options named as such. swift-argument-parser runs a command's `validate()` before it
/// reports an option it does not know, so `align a b --fromm es` would be answered with whatever
/// the stray value breaks ("three texts need two languages"). This looks first: every `--name` the
/// command line gives must be one its command knows, else the error says which, and what was
/// probably meant.
enum UnknownOptions {
    /// An option the command does not take.
    struct Unknown: Error {
        /// The command's name as typed (`align`, `glossary lookup`).
        var command: String
        /// What is wrong, and what was probably meant.
        var message: String
    }

    /// Throws for the first long option in `arguments` that the command they run does not take.
    static func check(_ arguments: [String]) throws(Unknown) {
        var path: [String] = []
        var command: any ParsableCommand.Type = Sejajar.self
        for argument in arguments {
            guard !argument.hasPrefix("-") else { break }
            guard let sub = command.configuration.subcommands.first(where: { $0.configuration.commandName == argument }) else { break }
            command = sub
            path.append(argument)
        }
        guard command.configuration.subcommands.isEmpty else { return }
        let help = Sejajar.helpMessage(for: command, includeHidden: true, columns: 1000)
        let known = Set(help.split(whereSeparator: { !($0.isLetter || $0.isNumber || $0 == "-") })
            .filter { $0.hasPrefix("--") && $0.count > 2 }.map(String.init) + ["--help", "--version"])
        for argument in arguments {
            if argument == "--" { break }
            guard argument.hasPrefix("--"), argument.count > 2 else { continue }
            let name = String(argument.prefix { $0 != "=" })
            guard !known.contains(name) else { continue }
            let closest = known.min { distance(name, $0) < distance(name, $1) }
            let hint = closest.flatMap { distance(name, $0) <= 2 ? " (did you mean '\($0)'?)" : nil } ?? ""
            throw Unknown(command: path.joined(separator: " "), message: "unknown option '\(name)'\(hint)")
        }
    }

    /// Levenshtein distance between two options.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}

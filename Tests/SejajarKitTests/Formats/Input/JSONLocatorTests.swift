import Foundation
import Testing
@testable import SejajarKit

struct JSONLocatorTests {
    static let text = """
    {"source": {"path": "a.es"},
     "beads": [
       {"source": [0], "confidence": 0.9},
       {"source": [1], "confidence": 7}
     ]}
    """

    @Test func findsTheValueAtACodingPath() {
        let locator = JSONLocator(Data(Self.text.utf8))
        #expect(locator.position(of: [.key("beads"), .index(1), .key("confidence")]) == .init(line: 4, column: 34))
        #expect(locator.position(of: [.key("source"), .key("path")]) == .init(line: 1, column: 21))
        #expect(locator.position(of: [.key("beads"), .index(1), .key("confidence")], key: true) == .init(line: 4, column: 20))
        #expect(locator.position(of: [.key("nothing")]) == nil)
        #expect(locator.syntaxError() == nil)
    }

    @Test(arguments: [
        ("{\"a\": [1, 2,, 3]}", 1, 13, "expected a value, found ','"),
        ("{\"a\": \"b", 1, 9, "the file ends early, inside a string"),
        ("{\"a\": 1}\nx", 2, 1, "unexpected 'x' after the end of the document"),
        ("", 1, 1, "the file is empty"),
        ("{\"a\" 1}", 1, 6, "expected ':' after a key"),
        (String(repeating: "[", count: 600), 1, 513, "nested deeper than 512 levels"),
    ] as [(String, Int, Int, String)])
    func locatesTheFirstSyntaxError(_ text: String, _ line: Int, _ column: Int, _ message: String) throws {
        let (position, found) = try #require(JSONLocator(Data(text.utf8)).syntaxError())
        #expect(position == .init(line: line, column: column))
        #expect(found.contains(message), "\\(found)")
    }
}

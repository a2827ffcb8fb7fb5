import Foundation
import Synchronization

/// Work spread over every core: `map(count) { k in … }` runs the closure for every `k` in
/// `0..<count` at once and gives the results in the order of `k`.
enum AllCores {
    /// `work(k)` for every `k` in `0..<count` on all cores, in the order of `k`.
    static func map<T: Sendable>(_ count: Int, _ work: @Sendable (Int) -> T) -> [T] {
        let results = Mutex<[T?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { k in
            let result = work(k)
            results.withLock { $0[k] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}

import Foundation
import Synchronization

extension FileInput {
    /// `read(k)` for every `k` in `0..<count` on all cores, each reading its files: the results
    /// in the order of `k`, each a value or the error that stopped that reading. A caller that
    /// stops at the first failure takes it in its own order, so the error is the one reading
    /// one file after another would meet first.
    static func concurrently<T: Sendable>(_ count: Int, _ read: @Sendable (Int) throws(SejajarError) -> T) -> [Result<T, SejajarError>] {
        let results = Mutex<[Result<T, SejajarError>?]>(Array(repeating: nil, count: count))
        DispatchQueue.concurrentPerform(iterations: count) { k in
            let result: Result<T, SejajarError>
            do throws(SejajarError) { result = .success(try read(k)) } catch { result = .failure(error) }
            results.withLock { $0[k] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}

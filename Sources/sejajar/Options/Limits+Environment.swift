import Foundation
import SejajarKit

/// The input limits, with any the user raised through `SEJAJAR_MAX_…` variables.
func userLimits() throws -> Limits {
    try Limits(environment: ProcessInfo.processInfo.environment)
}

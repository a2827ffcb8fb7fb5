/// The version of the package, written into exported files' `creationtoolversion`.
public enum SejajarVersion {
    /// Semantic version.
    public static let string = "0.1.0"
}

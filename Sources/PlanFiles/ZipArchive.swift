import Foundation
import ZIPFoundation

/// Writes files into one ZIP archive (deflated, fixed dates so that the same files give the same
/// bytes), with ZIPFoundation.
public enum ZipArchive {
    public static func make(_ files: [String: Data], folder: String) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for name in files.keys.sorted() {
            let data = files[name]!
            try archive.addEntry(
                with: "\(folder)/\(name)", type: .file, uncompressedSize: Int64(data.count), modificationDate: WorkbookWriter.fixedDate,
                compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}

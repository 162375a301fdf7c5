import Foundation
import PlanCore
import PlanData
import PlanFiles

/// One libFuzzer target for the four readers; `ACTIONPLAN_FUZZ_READER` picks which:
/// `source` (the source-table text), `plan-csv` (a plan table in CSV), `plan-xlsx` (a plan
/// workbook) or `actuals-csv` (a filled actuals template).
///
/// The property checked for every input: the reader returns a plan (or readings), or refuses
/// with an `ImportFailure` whose every error names the file and says what is wrong. Any other
/// outcome — a crash, a trap, a hang past libFuzzer's `-timeout`, an error of another type,
/// an unlocated error — stops the run and leaves the input as a crash file.
enum Reader: String {
    case source, planCSV = "plan-csv", planXLSX = "plan-xlsx", actualsCSV = "actuals-csv"
}

let reader: Reader = {
    guard let name = ProcessInfo.processInfo.environment["ACTIONPLAN_FUZZ_READER"], let r = Reader(rawValue: name) else {
        FileHandle.standardError.write(Data("ACTIONPLAN_FUZZ_READER を source・plan-csv・plan-xlsx・actuals-csv のどれかにしてください\n".utf8))
        exit(2)
    }
    return r
}()

let sourceFormat: SourceFormat = try! PlanData.sourceFormat()
let committedPlan: Plan = try! PlanData.committedPlan()
let options = PlanTableReader.Options(planID: "fuzz", title: "ファジング", municipality: "試験市")

func check(_ failure: ImportFailure, file: String) {
    guard !failure.errors.isEmpty else { fatalError("理由のない拒否") }
    for e in failure.errors {
        if e.file.isEmpty || e.message.isEmpty { fatalError("場所か理由のない拒否: \(e)") }
        if e.file != file { fatalError("別のファイルの名を示す拒否: \(e)") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: bytes, count: count)
    switch reader {
    case .source:
        let file = "fuzz.txt"
        do {
            let text = try TextDecoding.decode(data, file: file).text
            _ = try SourceTableReader(document: file, format: sourceFormat)
                .read(text, identity: .init(planID: "fuzz", title: "ファジング", municipality: "試験市", municipalityCode: nil))
        } catch { check(error, file: file) }
    case .planCSV:
        let file = "fuzz.csv"
        do { _ = try PlanWorkbook.readCSV(data, file: file, options: options) } catch { check(error, file: file) }
    case .planXLSX:
        let file = "fuzz.xlsx"
        do { _ = try PlanWorkbook.read(data, file: file, sheet: nil, options: options) } catch { check(error, file: file) }
    case .actualsCSV:
        let file = "fuzz.csv"
        do { _ = try ActualsCSV.read(data, name: file, plan: committedPlan) } catch { check(error, file: file) }
    }
    return 0
}

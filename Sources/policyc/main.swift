import Foundation
import PolicyCLI

var terminal = Terminal.standard()
let code = CommandLineTool.run(Array(CommandLine.arguments.dropFirst()), terminal: &terminal)
FileHandle.standardOutput.write(Data(terminal.output.utf8))
FileHandle.standardError.write(Data(terminal.errors.utf8))
exit(code.rawValue)

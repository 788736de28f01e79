import readline from "node:readline";

type MutableInterface = readline.Interface & { _writeToOutput: (s: string) => void };

/** The password from the terminal (not echoed) or, without a terminal, the first line of standard input. */
export async function readPassword(): Promise<string> {
  const rl = readline.createInterface({
    input: process.stdin,
    output: process.stdout,
    terminal: Boolean(process.stdin.isTTY),
  }) as MutableInterface;
  if (process.stdin.isTTY) {
    process.stdout.write("비밀번호: ");
    // Swallow the echo so the password never appears on screen.
    rl._writeToOutput = () => {};
    const answer = await new Promise<string>((resolve) => rl.question("", resolve));
    process.stdout.write("\n");
    rl.close();
    return answer;
  }
  const lines: string[] = [];
  await new Promise<void>((resolve) => rl.on("line", (l) => lines.push(l)).on("close", resolve));
  return lines[0] ?? "";
}

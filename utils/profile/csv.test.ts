import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('CSV for spreadsheets', () => {
  it.each([
    ['plain', 'Acme Robotics', 'Acme Robotics'],
    ['a comma', 'Acme, Inc.', '"Acme, Inc."'],
    ['quotes, doubled', 'The "Best" Co', '"The ""Best"" Co"'],
    ['a line break', 'Senior\nEngineer', '"Senior\nEngineer"'],
    ['a carriage return', 'Senior\r\nEngineer', '"Senior\r\nEngineer"'],
    ['a formula', '=HYPERLINK("https://evil.example","Click")', '"\'=HYPERLINK(""https://evil.example"",""Click"")"'],
    ['a plus', '+1 555 0100', "'+1 555 0100"],
    ['a minus', '-2+3', "'-2+3"],
    ['an at sign', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['a leading tab', '\t=1+1', "'\t=1+1"],
    ['a leading carriage return', '\r=1+1', '"\'\r=1+1"'],
    ['a sign inside, not first', 'C++ Engineer', 'C++ Engineer'],
    ['empty', '', ''],
  ])('%s', (_, value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('writes numbers as they are', () => {
    expect(csvCell(12)).toBe('12');
    expect(csvCell(0)).toBe('0');
  });

  it('ends every row with CRLF, the header first', () => {
    expect(toCsv([['Company', 'Job title'], ['Acme', 'Engineer, Platform'], ['=cmd', 'x']])).toBe('Company,Job title\r\nAcme,"Engineer, Platform"\r\n\'=cmd,x\r\n');
  });
});

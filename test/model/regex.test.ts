import { describe, expect, it } from "vitest";
import { allMatches, someMatch } from "../../src/model/regex.js";

const asPairs = (matches: Iterable<RegExpMatchArray>) => [...matches].map((match) => [match.index, match[0]]);

describe("allMatches", () => {
  it("finds what matchAll finds, for a pattern with or without the g flag", () => {
    const text = "2 users, 30 orders and 4 users again";
    expect(asPairs(allMatches(/\d+ users/, text))).toEqual(asPairs(text.matchAll(/\d+ users/g)));
    expect(asPairs(allMatches(/\d+ (\w+)/gi, text))).toEqual(asPairs(text.matchAll(/\d+ (\w+)/gi)));
  });

  it("steps over empty matches as matchAll does, a whole code point at a time in unicode mode", () => {
    expect(asPairs(allMatches(/x*/, "axxb"))).toEqual(asPairs("axxb".matchAll(/x*/g)));
    expect(asPairs(allMatches(/(?:)/u, "a😀b"))).toEqual(asPairs("a😀b".matchAll(/(?:)/gu)));
  });

  it("gives the same answer on every call: no state is left in the shared pattern", () => {
    const pattern = /o/;
    expect(allMatches(pattern, "foo")).toHaveLength(2);
    expect(someMatch(pattern, "foo boo", () => true)).toBe(true);
    expect(allMatches(pattern, "foo")).toHaveLength(2);
  });
});

describe("someMatch", () => {
  it("looks past matches the test rejects and stops at the first it accepts", () => {
    const seen: number[] = [];
    const found = someMatch(/\d/, "a1b2c3", (match) => {
      seen.push(match.index);
      return match[0] === "2";
    });
    expect(found).toBe(true);
    expect(seen).toEqual([1, 3]);
    expect(someMatch(/\d/, "a1b2", () => false)).toBe(false);
  });
});

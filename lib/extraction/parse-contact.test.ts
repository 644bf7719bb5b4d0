import { describe, expect, it } from "vitest";
import { parseEmail, parsePhone, parseWebsite } from "./parse-contact";

describe("parseEmail", () => {
  it.each([
    ["KSTATIONERY@GMAIL.COM", "kstationery@gmail.com"],
    ["Email: billing@acme.co.uk", "billing@acme.co.uk"],
    ["<a.b+c@example.org>,", "a.b+c@example.org"],
  ])("%s → %s", (text, email) => {
    expect(parseEmail(text)).toBe(email);
  });

  it.each([["not an email"], ["a@b"], ["@example.com"], ["x@y.z"]])("rejects %s", (text) => {
    expect(parseEmail(text)).toBeNull();
  });
});

describe("parsePhone", () => {
  it.each([
    ["03-41318972", "0341318972"],
    ["+49 (0)89 123 456-7", "+490891234567"],
    ["(870)-931-0505", "8709310505"],
    ["012-9719498.", "0129719498"],
  ])("%s → %s", (text, phone) => {
    expect(parsePhone(text)).toBe(phone);
  });

  it.each([["12345"], ["TEL: abc"], ["1234567890123456"], ["12/03/2018"]])("rejects %s", (text) => {
    expect(parsePhone(text)).toBeNull();
  });
});

describe("parseWebsite", () => {
  it.each([
    ["http://www.azure-interior.com", "http://www.azure-interior.com", "http://www.azure-interior.com"],
    ["aws.amazon.com/contact-us/", "aws.amazon.com", "aws.amazon.com"],
    ["www.berrys.com.my.", "www.berrys.com.my", "www.berrys.com.my"],
    ["Web: WWW.SUPER7.COM.MY", "WWW.SUPER7.COM.MY", "www.super7.com.my"],
    ["(www.tcpdf.org)", "www.tcpdf.org", "www.tcpdf.org"],
  ])("%s → %s", (text, site, normalized) => {
    expect(parseWebsite(text)).toEqual({ site, normalized });
  });

  it.each([["Pvt.Ltd"], ["No.5"], ["sales@acme.com"], ["S.A."], ["12.50"], ["Sdn.Bhd"], ["acme.invalidtld"]])("rejects %s", (text) => {
    expect(parseWebsite(text)).toBeNull();
  });
});

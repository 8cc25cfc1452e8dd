import { afterEach, describe, expect, it } from "vitest";
import * as client from "./index.js";
import { flight } from "./testing/loopbackServer.js";
import { useServerPerTest } from "./testing/serverPerTest.js";

const serve = useServerPerTest();

afterEach(() => client.configureServerFunctions({}));

describe("the package entry point", () => {
  it("exports exactly the documented API", () => {
    expect(Object.keys(client).sort()).toEqual([
      "ACTION_HEADER",
      "DEFAULT_PREFIX",
      "ENVELOPE_HEADER",
      "ErrorDigest",
      "ErrorMessage",
      "FLIGHT_CONTENT_TYPE",
      "Link",
      "NOT_FOUND_MESSAGE",
      "PROBLEM_CONTENT_TYPE",
      "REDIRECT_HEADER",
      "REFRESH_HEADER",
      "RetryButton",
      "SegmentBoundary",
      "ServerFunctionError",
      "ServerFunctionNotFoundError",
      "callServer",
      "configureServerFunctions",
      "createServerFunctionClient",
      "createServerReference",
      "isNotFoundError",
      "pageHost",
      "setPageHost",
      "useNavigation",
      "usePathname",
      "useRouter",
      "withSignal",
    ]);
    expect([client.DEFAULT_PREFIX, client.ACTION_HEADER, client.REDIRECT_HEADER]).toEqual(["/_serverfn", "X-UseServer-Action", "X-UseServer-Redirect"]);
  });

  it("the default client follows configureServerFunctions, also for references created before", async () => {
    const reference = client.createServerReference<(n: number) => Promise<number>>("double");
    const server = await serve((request) => flight([`0:${Number(JSON.parse(request.body.toString("utf8"))[0]) * 2}`]));

    client.configureServerFunctions({ prefix: server.prefix });

    expect(await reference(21)).toBe(42);
    expect(await client.callServer("double", [4])).toBe(8);
    expect(server.requests.map((r) => r.path)).toEqual(["/_serverfn/double", "/_serverfn/double"]);
  });

  it("a reference created with React's (id, callServer) shape, as generated stubs do, calls that transport", async () => {
    const calls: [string, unknown[]][] = [];
    const reference = client.createServerReference<(a: number, b: string) => Promise<string>>("notes.add", async (id, args) => {
      calls.push([id, args]);
      return "done";
    });

    expect(await reference(1, "two")).toBe("done");
    expect(calls).toEqual([["notes.add", [1, "two"]]]);
  });
});

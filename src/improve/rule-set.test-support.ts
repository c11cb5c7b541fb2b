/**
 * A rule set for tests that uses a condition of every kind the planner solves: thresholds, and,
 * or, between, enums, booleans, negations, a median, a mean and a minimum, dates, if, a gate, a
 * pilot-only domain, a field only `appliesTo` reads, and limits on counts, evidence, the
 * organisation type and a benchmark's score.
 */
export const EVERY_KIND = {
  format: 1,
  id: "improve-test",
  version: "1.0.0",
  title: "Conditions of every kind",
  status: "active",
  organisationTypes: ["acute", "community", "primary-care"],
  evidence: {
    "m.pct": {
      type: "percent",
      label: "share of managers with targets",
    },
    "m.score": {
      type: "number",
      min: 0,
      max: 10,
    },
    "m.median": {
      type: "number",
      min: 0,
      max: 10,
    },
    "m.count": {
      type: "count",
      max: 20,
    },
    "m.int": {
      type: "integer",
      min: -5,
      max: 5,
    },
    "m.flag": {
      type: "boolean",
    },
    "m.flag2": {
      type: "boolean",
    },
    "m.level": {
      type: "enum",
      values: ["low", "medium", "high"],
    },
    "m.review": {
      type: "date",
    },
    "m.months": {
      type: "count",
    },
    "m.a": {
      type: "number",
      min: 1,
      max: 5,
    },
    "m.b": {
      type: "number",
      min: 1,
      max: 5,
    },
    "m.c": {
      type: "number",
      min: 1,
      max: 5,
    },
    "reg.notices": {
      type: "count",
    },
    "org.sector": {
      type: "enum",
      values: ["nhs", "independent"],
    },
  },
  domains: [
    {
      id: "d1",
      title: "One",
    },
    {
      id: "d2",
      title: "Two",
    },
    {
      id: "d3",
      title: "Pilot only",
    },
  ],
  benchmarks: [
    {
      id: "B1",
      title: "Threshold",
      domain: "d1",
      levels: {
        exceptional: {
          "==": [
            {
              var: "m.pct",
            },
            100,
          ],
        },
        good: {
          ">=": [
            {
              var: "m.pct",
            },
            95,
          ],
        },
        "some-shortfalls": {
          ">=": [
            {
              var: "m.pct",
            },
            81,
          ],
        },
      },
    },
    {
      id: "B2",
      title: "And and or",
      domain: "d1",
      levels: {
        good: {
          and: [
            {
              "==": [
                {
                  var: "m.flag",
                },
                true,
              ],
            },
            {
              ">=": [
                {
                  var: "m.count",
                },
                4,
              ],
            },
          ],
        },
        "some-shortfalls": {
          or: [
            {
              "==": [
                {
                  var: "m.flag",
                },
                true,
              ],
            },
            {
              ">=": [
                {
                  var: "m.count",
                },
                2,
              ],
            },
          ],
        },
      },
    },
    {
      id: "B3",
      title: "Between",
      domain: "d1",
      gate: true,
      levels: {
        good: {
          "<=": [
            7,
            {
              var: "m.score",
            },
            9.5,
          ],
        },
        "some-shortfalls": {
          ">=": [
            {
              var: "m.score",
            },
            5,
          ],
        },
      },
    },
    {
      id: "B4",
      title: "Enum",
      domain: "d2",
      levels: {
        good: {
          in: [
            {
              var: "m.level",
            },
            ["high"],
          ],
        },
        "some-shortfalls": {
          "!=": [
            {
              var: "m.level",
            },
            "low",
          ],
        },
      },
    },
    {
      id: "B5",
      title: "Against a median",
      domain: "d2",
      weight: 2,
      levels: {
        exceptional: {
          ">=": [
            {
              var: "m.score",
            },
            {
              "+": [
                {
                  var: "m.median",
                },
                0.5,
              ],
            },
          ],
        },
        good: {
          ">=": [
            {
              var: "m.score",
            },
            {
              var: "m.median",
            },
          ],
        },
        "some-shortfalls": {
          ">=": [
            {
              var: "m.score",
            },
            {
              "-": [
                {
                  var: "m.median",
                },
                0.3,
              ],
            },
          ],
        },
      },
    },
    {
      id: "B6",
      title: "Mean and minimum",
      domain: "d2",
      levels: {
        good: {
          and: [
            {
              ">=": [
                {
                  "/": [
                    {
                      "+": [
                        {
                          var: "m.a",
                        },
                        {
                          var: "m.b",
                        },
                        {
                          var: "m.c",
                        },
                      ],
                    },
                    3,
                  ],
                },
                3,
              ],
            },
            {
              ">=": [
                {
                  min: [
                    {
                      var: "m.a",
                    },
                    {
                      var: "m.b",
                    },
                    {
                      var: "m.c",
                    },
                  ],
                },
                2,
              ],
            },
          ],
        },
        "some-shortfalls": {
          ">=": [
            {
              "/": [
                {
                  "+": [
                    {
                      var: "m.a",
                    },
                    {
                      var: "m.b",
                    },
                    {
                      var: "m.c",
                    },
                  ],
                },
                3,
              ],
            },
            2,
          ],
        },
      },
    },
    {
      id: "B7",
      title: "Dates and months",
      domain: "d2",
      levels: {
        good: {
          and: [
            {
              ">=": [
                {
                  var: "m.review",
                },
                "2024-01-01",
              ],
            },
            {
              "<=": [
                {
                  var: "m.months",
                },
                12,
              ],
            },
          ],
        },
        "some-shortfalls": {
          "<=": [
            {
              var: "m.months",
            },
            24,
          ],
        },
      },
    },
    {
      id: "B8",
      title: "Negations",
      domain: "d1",
      levels: {
        good: {
          and: [
            {
              "!": {
                var: "m.flag2",
              },
            },
            {
              "!": {
                ">": [
                  {
                    var: "m.int",
                  },
                  3,
                ],
              },
            },
          ],
        },
        "some-shortfalls": {
          "!": {
            ">": [
              {
                var: "m.int",
              },
              3,
            ],
          },
        },
      },
    },
    {
      id: "B9",
      title: "A pilot",
      domain: "d3",
      status: "pilot",
      levels: {
        good: {
          ">=": [
            {
              var: "m.pct",
            },
            50,
          ],
        },
      },
    },
    {
      id: "B10",
      title: "NHS only",
      domain: "d1",
      appliesTo: {
        "==": [
          {
            var: "org.sector",
          },
          "nhs",
        ],
      },
      levels: {
        good: {
          ">=": [
            {
              var: "m.count",
            },
            10,
          ],
        },
      },
    },
    {
      id: "B11",
      title: "If",
      domain: "d2",
      appliesTo: {
        in: [
          {
            var: "organisation.type",
          },
          ["acute"],
        ],
      },
      levels: {
        good: {
          if: [
            {
              var: "m.flag",
            },
            {
              ">=": [
                {
                  var: "m.int",
                },
                2,
              ],
            },
            {
              ">=": [
                {
                  var: "m.int",
                },
                4,
              ],
            },
          ],
        },
      },
    },
  ],
  scoring: {
    limits: [
      {
        id: "no-domain-at-1",
        when: {
          ">": [
            {
              var: "counts.1",
            },
            0,
          ],
        },
        capAt: "requires-improvement",
        reason: "A domain scored 1",
      },
      {
        id: "notice",
        when: {
          ">": [
            {
              var: "evidence.reg.notices",
            },
            0,
          ],
        },
        capAt: "inadequate",
        reason: "An open notice",
      },
      {
        id: "primary-care-cap",
        when: {
          "==": [
            {
              var: "organisation.type",
            },
            "primary-care",
          ],
        },
        capAt: "good",
        reason: "Primary care is capped at good in this test",
      },
      {
        id: "b1-needed",
        when: {
          "<": [
            {
              var: "benchmarks.B1.score",
            },
            3,
          ],
        },
        capAt: "good",
        reason: "Outstanding needs B1 at good",
      },
    ],
  },
} as const;

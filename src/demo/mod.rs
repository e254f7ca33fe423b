//! A generated demo journal: years of plausible check-ins, setbacks, reflections and skills,
//! the same for the same seed. It feeds `--demo`, `kintsugi demo`, the tests and benchmarks.

mod practice;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveTime, Utc, Weekday};

use crate::model::{
    Category, CheckIn, CheckInId, Feedback, FeedbackSource, Journal, JournalParts, JournalSettings,
    LevelChange, Rating, Ratings, Reflection, Setback, SetbackId, SetbackStatus, Severity, Skill,
    SkillId, SkillLevel,
};

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DemoOptions {
    /// How many years of history, ending on `end`.
    pub years: u32,
    /// Seed of the generator; the same seed gives the same journal.
    pub seed: u64,
    /// The last day of the journal (usually today).
    pub end: NaiveDate,
}

impl DemoOptions {
    /// Demo options ending on `end` with the default seed.
    pub fn ending(end: NaiveDate, years: u32) -> Self {
        Self {
            years,
            seed: 7,
            end,
        }
    }
}

/// Generates a demo journal.
pub fn generate(options: DemoOptions) -> Journal {
    let mut generator = Generator::new(options);
    let parts = generator.build();
    // The generator only produces valid entries; an error here is a bug in this module.
    Journal::from_parts(parts).unwrap_or_default()
}

struct PlannedSetback {
    date: NaiveDate,
    severity: u8,
    micro: bool,
}

struct Generator {
    rng: fastrand::Rng,
    seed: u64,
    start: NaiveDate,
    end: NaiveDate,
    day_count: u32,
}

impl Generator {
    fn new(options: DemoOptions) -> Self {
        let day_count = (options.years.max(1) * 365 + options.years / 4).max(1);
        let start = options.end - Days::new(u64::from(day_count - 1));
        Self {
            rng: fastrand::Rng::with_seed(options.seed),
            seed: options.seed,
            start,
            end: options.end,
            day_count,
        }
    }

    fn build(&mut self) -> JournalParts {
        let planned = self.plan_setbacks();
        let check_ins = self.check_ins(&planned);
        let (setbacks, skills) = self.setbacks_and_skills(&planned);
        let (experiments, reviews) = practice::generate(self.seed, &setbacks, self.start, self.end);
        let custom_categories = vec![SIDE_PROJECT.to_owned()];
        let mut tags: Vec<String> = Vec::new();
        for check_in in &check_ins {
            for tag in &check_in.tags {
                if !tags.contains(tag) {
                    tags.push(tag.clone());
                }
            }
        }
        JournalParts {
            check_ins,
            setbacks,
            skills,
            experiments,
            reviews,
            settings: JournalSettings {
                custom_categories,
                tags,
            },
        }
    }

    fn day(&self, index: u32) -> NaiveDate {
        self.start + Days::new(u64::from(index))
    }

    fn plan_setbacks(&mut self) -> Vec<PlannedSetback> {
        let mut planned = Vec::new();
        for index in 0..self.day_count {
            if self.rng.f64() < 1.0 / 7.0 {
                let micro = self.rng.f64() < 0.4;
                let severity = if micro {
                    self.rng.u8(1..=2)
                } else {
                    *self.pick(&[2, 2, 3, 3, 3, 4, 4, 5])
                };
                planned.push(PlannedSetback {
                    date: self.day(index),
                    severity,
                    micro,
                });
            }
        }
        planned
    }

    /// A rough normal deviate (sum of uniforms), mean 0 and standard deviation about 1.
    fn noise(&mut self) -> f64 {
        (self.rng.f64() + self.rng.f64() + self.rng.f64() - 1.5) * 2.0
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.rng.usize(..items.len())]
    }

    fn timestamp(&mut self, date: NaiveDate, hour: u32) -> DateTime<Utc> {
        let time = NaiveTime::from_hms_opt(hour, self.rng.u32(0..60), self.rng.u32(0..60))
            .unwrap_or_default();
        date.and_time(time).and_utc()
    }

    fn seed_bytes(&mut self) -> [u8; 16] {
        self.rng.u128(..).to_le_bytes()
    }

    fn check_ins(&mut self, planned: &[PlannedSetback]) -> Vec<CheckIn> {
        let mut check_ins = Vec::new();
        let mut break_days_left = 0_u32;
        let mut next_setback = 0_usize;
        let mut recent: Vec<(f64, u8)> = Vec::new(); // (day index of setback, severity)
        for index in 0..self.day_count {
            let date = self.day(index);
            while let Some(setback) = planned.get(next_setback).filter(|s| s.date <= date) {
                recent.push((f64::from(index), setback.severity));
                next_setback += 1;
            }
            let progress = f64::from(index) / f64::from(self.day_count.max(2) - 1);
            // Recovery gets faster as resilience grows over the years.
            let recovery_days = 4.5 - 2.5 * progress;
            let dip: f64 = recent
                .iter()
                .map(|(day, severity)| {
                    let elapsed = f64::from(index) - day;
                    f64::from(*severity) * 0.75 * (-elapsed / recovery_days).exp()
                })
                .sum();
            recent.retain(|(day, _)| f64::from(index) - day < 30.0);

            if break_days_left > 0 {
                break_days_left -= 1;
                continue;
            }
            if self.rng.f64() < 0.004 {
                break_days_left = self.rng.u32(3..10);
                continue;
            }
            if self.rng.f64() < 0.11 {
                continue;
            }

            let weekly = match date.weekday() {
                Weekday::Sat | Weekday::Sun => 0.6,
                Weekday::Fri => 0.3,
                Weekday::Mon => -0.5,
                _ => 0.0,
            };
            let season = 0.4 * (f64::from(date.ordinal()) / 365.0 * std::f64::consts::TAU).sin();
            let mood = 6.0 + weekly + season - dip + 0.9 * self.noise();
            let resilience = 4.3 + 3.2 * progress.powf(0.7) - 0.45 * dip + 0.6 * self.noise();
            let mindset = 4.8 + 3.0 * progress.powf(0.8) - 0.25 * dip + 0.6 * self.noise();
            let drop_resilience = self.rng.f64() < 0.05;
            let drop_mindset = self.rng.f64() < 0.05;
            let note = if self.rng.f64() < 0.28 {
                self.note(dip)
            } else {
                String::new()
            };
            let mut tags = Vec::new();
            let tag_count = *self.pick(&[0, 0, 1, 1, 1, 2]);
            for _ in 0..tag_count {
                let tag = (*self.pick(TAGS)).to_owned();
                if !tags.contains(&tag) {
                    tags.push(tag);
                }
            }
            // What goes with a tag in the demo, so its comparisons have something to show.
            let [mood, resilience, mindset] = tags.iter().fold(
                [mood, resilience, mindset],
                |[mood, resilience, mindset], tag| {
                    let [m, r, g] = tag_effect(tag);
                    [mood + m, resilience + r, mindset + g]
                },
            );
            let rating = |value: f64| Some(Rating::saturating(value.round() as i64));
            let ratings = Ratings {
                mood: rating(mood),
                resilience: rating(resilience).filter(|_| !drop_resilience),
                growth_mindset: rating(mindset).filter(|_| !drop_mindset),
            };
            let created_at = self.timestamp(date, 20);
            check_ins.push(CheckIn {
                id: CheckInId::from_seed_bytes(self.seed_bytes()),
                date,
                ratings,
                note,
                tags,
                created_at,
                updated_at: created_at,
            });
        }
        check_ins
    }

    fn note(&mut self, dip: f64) -> String {
        let pool = if dip > 1.5 { HARD_DAY_NOTES } else { NOTES };
        let first = *self.pick(pool);
        if self.rng.f64() < 0.3 {
            format!("{first} {}", self.pick(NOTE_ENDINGS))
        } else {
            first.to_owned()
        }
    }

    fn setbacks_and_skills(&mut self, planned: &[PlannedSetback]) -> (Vec<Setback>, Vec<Skill>) {
        let mut setbacks = Vec::with_capacity(planned.len());
        let mut skills: Vec<Skill> = Vec::new();
        for plan in planned {
            let mut category = self.pick(CATEGORY_WEIGHTS).clone();
            if category == Category::Project && self.rng.f64() < 0.3 {
                category = Category::Custom(SIDE_PROJECT.to_owned());
            }
            let titles = titles_for(&category, plan.micro);
            let title = (*self.pick(titles)).to_owned();
            let age_days = (self.end - plan.date).num_days();
            let reflected = age_days > 10 && self.rng.f64() < 0.85 || self.rng.f64() < 0.25;
            let reflection = if reflected {
                self.reflection(&category)
            } else {
                Reflection::default()
            };

            let mut linked = Vec::new();
            if reflected && self.rng.f64() < 0.6 {
                let count = if self.rng.f64() < 0.2 { 2 } else { 1 };
                for _ in 0..count {
                    let (name, skill_category) = *self.pick(SKILLS);
                    let id = self.link_skill(&mut skills, name, skill_category, plan.date);
                    if !linked.contains(&id) {
                        linked.push(id);
                    }
                }
            }

            let status = if !reflected {
                SetbackStatus::Open
            } else if age_days > 21 && self.rng.f64() < 0.85 {
                let after = self.rng.u64(1..=u64::from(plan.severity) * 3);
                let on = (plan.date + Days::new(after)).min(self.end);
                SetbackStatus::Recovered { on }
            } else {
                SetbackStatus::Reflected
            };
            let created_at = self.timestamp(plan.date, 18);
            let updated_at = if reflected {
                self.timestamp((plan.date + Days::new(2)).min(self.end), 21)
                    .max(created_at)
            } else {
                created_at
            };
            setbacks.push(Setback {
                id: SetbackId::from_seed_bytes(self.seed_bytes()),
                date: plan.date,
                title,
                category,
                severity: Severity::saturating(i64::from(plan.severity)),
                micro_failure: plan.micro,
                reflection,
                skills: linked,
                status,
                created_at,
                updated_at,
            });
        }
        (setbacks, skills)
    }

    fn link_skill(
        &mut self,
        skills: &mut Vec<Skill>,
        name: &str,
        category: &str,
        date: NaiveDate,
    ) -> SkillId {
        if let Some(skill) = skills.iter_mut().find(|skill| skill.name == name) {
            let level = skill.current_level().map_or(1, SkillLevel::get);
            if level < SkillLevel::MAX && self.rng.f64() < 0.3 {
                skill.level_history.push(LevelChange {
                    date,
                    level: SkillLevel::saturating(i64::from(level) + 1),
                });
                skill.updated_at = self.timestamp(date, 21);
            }
            return skill.id;
        }
        let created_at = self.timestamp(date, 21);
        let id = SkillId::from_seed_bytes(self.seed_bytes());
        skills.push(Skill {
            id,
            name: name.to_owned(),
            category: category.to_owned(),
            first_acquired_override: None,
            level_history: vec![LevelChange {
                date,
                level: SkillLevel::saturating(1),
            }],
            notes: if self.rng.f64() < 0.3 {
                (*self.pick(SKILL_NOTES)).to_owned()
            } else {
                String::new()
            },
            created_at,
            updated_at: created_at,
        });
        id
    }

    fn reflection(&mut self, category: &Category) -> Reflection {
        let what_happened = (*self.pick(WHAT_HAPPENED)).to_owned();
        let factor_count = self.rng.usize(1..=3);
        let mut contributing_factors: Vec<String> = Vec::new();
        for _ in 0..factor_count {
            let factor = (*self.pick(FACTORS)).to_owned();
            if !contributing_factors.contains(&factor) {
                contributing_factors.push(factor);
            }
        }
        let feedback_count = *self.pick(&[0, 1, 1, 2]);
        let feedback = (0..feedback_count)
            .map(|_| {
                let source = *self.pick(&FeedbackSource::ALL);
                let name = if self.rng.f64() < 0.6 {
                    Some((*self.pick(NAMES)).to_owned())
                } else {
                    None
                };
                Feedback {
                    source,
                    name,
                    insight: (*self.pick(INSIGHTS)).to_owned(),
                }
            })
            .collect();
        let lesson_count = self.rng.usize(1..=2);
        let mut lessons: Vec<String> = Vec::new();
        for _ in 0..lesson_count {
            let lesson = (*self.pick(LESSONS)).to_owned();
            if !lessons.contains(&lesson) {
                lessons.push(lesson);
            }
        }
        let do_differently = format!(
            "{} ({})",
            self.pick(DO_DIFFERENTLY),
            category.name().to_lowercase()
        );
        Reflection {
            what_happened,
            contributing_factors,
            do_differently,
            feedback,
            lessons,
        }
    }
}

fn titles_for(category: &Category, micro: bool) -> &'static [&'static str] {
    match (category, micro) {
        (_, true) => MICRO_TITLES,
        (Category::Work, _) => WORK_TITLES,
        (Category::Project | Category::Custom(_), _) => PROJECT_TITLES,
        (Category::Career, _) => CAREER_TITLES,
        (Category::Relationship, _) => RELATIONSHIP_TITLES,
        (Category::Learning, _) => LEARNING_TITLES,
        (Category::Health | Category::Other, _) => OTHER_TITLES,
    }
}

/// The demo's one user-defined category.
const SIDE_PROJECT: &str = "Side project";

const CATEGORY_WEIGHTS: &[Category] = &[
    Category::Work,
    Category::Work,
    Category::Work,
    Category::Project,
    Category::Project,
    Category::Career,
    Category::Relationship,
    Category::Learning,
    Category::Learning,
    Category::Health,
    Category::Other,
];

const MICRO_TITLES: &[&str] = &[
    "Missed the stand-up",
    "Sent the email to the wrong list",
    "Forgot to reply to a client",
    "Typo in the release notes",
    "Lost the thread in a meeting",
    "Overran the time box again",
    "Skipped the code review checklist",
    "Answered too quickly in the Q&A",
    "Left the café laptop unlocked",
    "Pushed a build that broke the linter",
];
const WORK_TITLES: &[&str] = &[
    "Deadline slipped on the quarterly report",
    "Production incident on my watch",
    "Presentation to leadership fell flat",
    "Estimate was off by two weeks",
    "Demo für das Team lief schief",
    "Client escalated a bug I shipped",
];
const PROJECT_TITLES: &[&str] = &[
    "Prototype rejected by the steering group",
    "Migration rolled back",
    "Launch postponed after load test",
    "Scope crept past the budget",
    "Side project stalled for a month",
];
const CAREER_TITLES: &[&str] = &[
    "Promotion deferred to next cycle",
    "Rejected after the final interview",
    "Résumé screened out for a dream role",
    "Performance review: ‘meets some expectations’",
    "Conference talk not accepted",
];
const RELATIONSHIP_TITLES: &[&str] = &[
    "Tense 1:1 with my manager",
    "Conflict with a peer over ownership",
    "Client relationship cooled",
    "Gave harsh feedback badly",
];
const LEARNING_TITLES: &[&str] = &[
    "Failed the certification exam",
    "Couldn’t finish the online course",
    "Naïve design didn’t survive review",
    "Struggled with the new framework",
];
const OTHER_TITLES: &[&str] = &[
    "Burned out after the release crunch",
    "Sick during the launch week",
    "Overcommitted outside work",
    "Missed the marathon training block",
];

const WHAT_HAPPENED: &[&str] = &[
    "I said yes to too much and the most important thing slipped.",
    "The plan looked solid on paper, but I never checked it with the people doing the work.",
    "I noticed the warning signs a week earlier and hoped they would go away.",
    "We shipped on Friday afternoon — the fix took the whole weekend.",
    "I prepared the content but not the story; the audience lost interest halfway.",
    "Feedback came late because I shared the draft too late.",
    "A small assumption about the data turned out to be wrong, and everything built on it.",
    "I worked alone on it for too long instead of asking for help.",
];
const FACTORS: &[&str] = &[
    "Unclear ownership",
    "Too many parallel priorities",
    "Didn’t ask for help early",
    "Optimistic estimate",
    "Skipped testing under real load",
    "Poor sleep that week",
    "No written agreement on scope",
    "Stakeholders not consulted",
    "Perfectionism delayed sharing",
    "Context switching",
    "Over-reliance on one tool",
];
const DO_DIFFERENTLY: &[&str] = &[
    "Share a rough draft within two days",
    "Ask “what would make this fail?” before committing",
    "Block focus time and protect it",
    "Write the scope down and get a yes on it",
    "Check in with the people affected before deciding",
    "Break the work into slices I can show weekly",
];
const INSIGHTS: &[&str] = &[
    "You explain the what well, but not the why.",
    "Bring me problems earlier — I can help more then.",
    "Your estimates are fine; the hidden work isn’t in them.",
    "Lead with the recommendation, then the details.",
    "It’s okay to say no; say it early.",
    "The team trusts you more when you show work in progress.",
    "Merci — the follow-up note made all the difference.",
];
const NAMES: &[&str] = &[
    "Zoë",
    "José",
    "Ngozi",
    "Björn",
    "Ana-María",
    "François",
    "Priya",
    "Kenji",
    "Łukasz",
    "Sam",
];
const LESSONS: &[&str] = &[
    "Small, early feedback beats big, late feedback.",
    "Ask for help before I’m stuck, not after.",
    "Protect recovery time after a big push.",
    "Say the risk out loud, even if it’s awkward.",
    "A checklist is cheaper than an incident.",
    "People remember how I handled it more than the mistake.",
    "Estimates need slack for the unknowns.",
];
const SKILLS: &[(&str, &str)] = &[
    ("Estimation", "Planning"),
    ("Stakeholder communication", "Communication"),
    ("Giving feedback", "Communication"),
    ("Receiving feedback", "Communication"),
    ("Storytelling with data", "Communication"),
    ("Public speaking", "Communication"),
    ("Incident response", "Technical"),
    ("Testing under load", "Technical"),
    ("Code review", "Technical"),
    ("Saying no", "Self-management"),
    ("Time boxing", "Self-management"),
    ("Energy management", "Self-management"),
    ("Asking for help", "Self-management"),
    ("Negotiation", "Leadership"),
    ("Delegation", "Leadership"),
    ("Conflict resolution", "Leadership"),
    ("Risk assessment", "Planning"),
    ("Scope management", "Planning"),
    ("Interviewing", "Career"),
    ("Networking", "Career"),
    ("Résumé writing", "Career"),
    ("Exam preparation", "Learning"),
    ("Deliberate practice", "Learning"),
    ("Mentoring others", "Leadership"),
];
const SKILL_NOTES: &[&str] = &[
    "Practise with low-stakes meetings first.",
    "Keep a template for this.",
    "My mentor suggested reading about it — done.",
];
/// How the demo's ratings move on days with a tag: (mood, resilience, growth mindset).
fn tag_effect(tag: &str) -> [f64; 3] {
    match tag {
        "deadline" => [-0.7, -0.3, 0.0],
        "tired" => [-0.9, -0.4, -0.3],
        "win" => [0.9, 0.3, 0.4],
        "learning" => [0.2, 0.0, 0.7],
        "1:1" => [0.2, 0.5, 0.3],
        "focus" => [0.5, 0.1, 0.2],
        "team" => [0.3, 0.2, 0.0],
        "travel" => [-0.3, 0.0, 0.0],
        _ => [0.0, 0.0, 0.0],
    }
}

const TAGS: &[&str] = &[
    "deadline", "1:1", "focus", "travel", "team", "learning", "tired", "win", "café",
];
const NOTES: &[&str] = &[
    "Good focus block in the morning.",
    "Pairing session went well.",
    "Quiet day, cleared the backlog.",
    "Felt useful in the planning meeting.",
    "Long walk at lunch helped.",
    "Shipped a small fix — feels good.",
    "Mentor call: talked about next steps.",
];
const HARD_DAY_NOTES: &[&str] = &[
    "Still thinking about what went wrong.",
    "Rough day; wrote down what I can control.",
    "Talked it through with a friend, a bit better.",
    "Low energy, kept it simple.",
];
const NOTE_ENDINGS: &[&str] = &[
    "Tomorrow: one thing at a time.",
    "Grateful for the team.",
    "Bed early.",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn end() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
    }

    #[test]
    fn same_seed_gives_the_same_journal() {
        let options = DemoOptions {
            years: 1,
            seed: 42,
            end: end(),
        };
        assert_eq!(generate(options), generate(options));
        let other = DemoOptions {
            seed: 43,
            ..options
        };
        assert_ne!(generate(options), generate(other));
    }

    #[test]
    fn a_year_has_realistic_volume() {
        let journal = generate(DemoOptions::ending(end(), 1));
        let check_ins = journal.check_ins().len();
        assert!((250..=345).contains(&check_ins), "{check_ins} check-ins");
        let setbacks = journal.setbacks().len();
        assert!((35..=75).contains(&setbacks), "{setbacks} setbacks");
        let micro = journal
            .setbacks()
            .iter()
            .filter(|s| s.micro_failure)
            .count();
        assert!(
            micro > setbacks / 5 && micro < setbacks * 3 / 5,
            "{micro} micro-failures"
        );
        assert!(!journal.skills().is_empty());
        assert!(journal.check_ins().all(|c| c.date <= end()));
        assert!(journal.setbacks().iter().any(|s| !s.title.is_ascii()));
    }

    #[test]
    fn resilience_drifts_upwards_over_years() {
        let journal = generate(DemoOptions::ending(end(), 4));
        let mean_of = |check_ins: Vec<&CheckIn>| {
            let values: Vec<f64> = check_ins
                .iter()
                .filter_map(|c| c.ratings.resilience.map(|r| f64::from(r.get())))
                .collect();
            values.iter().sum::<f64>() / values.len() as f64
        };
        let all: Vec<&CheckIn> = journal.check_ins().collect();
        let first_year = mean_of(all[..all.len() / 4].to_vec());
        let last_year = mean_of(all[all.len() * 3 / 4..].to_vec());
        assert!(last_year > first_year + 1.0, "{first_year} → {last_year}");
    }
}

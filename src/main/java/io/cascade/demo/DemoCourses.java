package io.cascade.demo;

import java.util.List;

/** The demo catalog: a leadership track, a staff track and one course for everyone. */
final class DemoCourses {

    static final String SERVICE_STANDARD = "SVC-100";
    static final String LEADING_SERVICE_CULTURE = "LEAD-101";
    static final String COACHING_FOR_SERVICE = "LEAD-201";
    static final String SERVICE_FUNDAMENTALS = "SVC-101";
    static final String HANDLING_COMPLAINTS = "SVC-201";
    static final String PHONE_AND_CHAT = "SVC-202";

    record ModuleSpec(String title, String kind, String body, String url, Integer passMark, Integer maxAttempts) {

        static ModuleSpec text(String title, String body) {
            return new ModuleSpec(title, "TEXT", body, null, null, null);
        }

        static ModuleSpec video(String title, String body, String url) {
            return new ModuleSpec(title, "VIDEO", body, url, null, null);
        }

        static ModuleSpec quiz(String title, String body) {
            return new ModuleSpec(title, "QUIZ", body, null, 80, 3);
        }

        static ModuleSpec reflection(String prompt) {
            return new ModuleSpec("Reflection: the customer's side", "REFLECTION", prompt, null, null, null);
        }
    }

    record CourseSpec(String code, String title, String audience, Integer refresherMonths, String summary,
            String context, String content, String buyIn, List<ModuleSpec> modules) {
    }

    private static final String CUSTOMER_PROMPT =
            "What service do you expect when you are the customer? Describe one recent experience, good or bad, "
                    + "and what it would take for our guests and callers to feel the way you wanted to feel.";

    static final List<CourseSpec> ALL = List.of(
            new CourseSpec(SERVICE_STANDARD, "The Northwind Service Standard", "ALL", 12,
                    "The five promises every Northwind colleague keeps, from the boardroom to the front desk.",
                    "Guests and customers judge us by the last person they spoke to. Two in three customers who "
                            + "leave us say nobody seemed to care; few leave over price.",
                    "Greet within ten seconds, own the problem, use the customer's name, explain what happens "
                            + "next, and close the loop. We practise each promise with real cases from our hotels, "
                            + "contact centre and stores.",
                    "Leaders take this course first and are seen keeping the promises before they ask their "
                            + "teams to. Bring one case from your own week.",
                    List.of(ModuleSpec.text("Why service is everyone's job",
                                    "How a single interaction changes whether a customer returns."),
                            ModuleSpec.video("The five promises in action",
                                    "Seven minutes of real moments from our front desks and phone lines.",
                                    "https://media.northwind.example/training/service-standard-promises"),
                            ModuleSpec.quiz("Check your understanding",
                                    "Ten questions on the five promises; 80% to pass, three attempts."),
                            ModuleSpec.reflection(CUSTOMER_PROMPT))),
            new CourseSpec(LEADING_SERVICE_CULTURE, "Leading a Service Culture", "LEADERSHIP", 12,
                    "How leaders set, model and measure the service standard across many sites.",
                    "Culture is what people do when the manager is not in the room. It is learned from what "
                            + "leaders pay attention to, reward and tolerate.",
                    "Setting a visible standard, leading by example on the floor, talking about service in every "
                            + "meeting, and using service stories to share failures and celebrate successes.",
                    "You will leave with a ninety-day plan for your own area, shared with your peers.",
                    List.of(ModuleSpec.text("What leaders pay attention to",
                                    "The signals teams read from their leaders, and how to send the right ones."),
                            ModuleSpec.video("A day on the floor with our CEO",
                                    "What walking the floor looks like when it is done for service.",
                                    "https://media.northwind.example/training/leading-service-culture-floor"),
                            ModuleSpec.text("Service stories",
                                    "How to collect, tell and learn from stories of failure and success."),
                            ModuleSpec.reflection(CUSTOMER_PROMPT))),
            new CourseSpec(COACHING_FOR_SERVICE, "Coaching for Service", "LEADERSHIP", null,
                    "Turning classroom training into daily habits through short, regular coaching.",
                    "Most of what is learned in a class is lost within a month unless a manager reinforces it.",
                    "The five-minute coaching conversation, observing service without judging, and logging a "
                            + "check-in within thirty days of your team member's training.",
                    "Managers who coach see their teams keep the standard; this is where the trickle-down pays off.",
                    List.of(ModuleSpec.text("The five-minute coaching conversation",
                                    "Ask, observe, acknowledge, agree one next step."),
                            ModuleSpec.video("Coaching on the floor",
                                    "Two supervisors coach after a difficult guest interaction.",
                                    "https://media.northwind.example/training/coaching-on-the-floor"),
                            ModuleSpec.quiz("Coaching scenarios", "Eight short scenarios; choose the best response."),
                            ModuleSpec.reflection(CUSTOMER_PROMPT),
                            ModuleSpec.text("Your first check-ins",
                                    "Plan a check-in with each team member trained in the last month."))),
            new CourseSpec(SERVICE_FUNDAMENTALS, "Service Fundamentals", "STAFF", 12,
                    "The everyday skills of great service: welcome, listen, help, follow through.",
                    "Every customer arrives with a need and leaves with a feeling; both are our job.",
                    "Greeting and body language, active listening, finding the real need, setting expectations "
                            + "and following through.",
                    "Practise with your colleagues and agree one habit to try on your next shift.",
                    List.of(ModuleSpec.text("Welcome and first impressions",
                                    "The first ten seconds, in person and on the phone."),
                            ModuleSpec.video("Listening for the real need",
                                    "Three short customer conversations, replayed with and without listening.",
                                    "https://media.northwind.example/training/listening-for-the-need"),
                            ModuleSpec.quiz("Fundamentals check", "Ten questions; 80% to pass."),
                            ModuleSpec.reflection(CUSTOMER_PROMPT))),
            new CourseSpec(HANDLING_COMPLAINTS, "Handling Complaints with Care", "STAFF", null,
                    "Turning an unhappy customer into a loyal one, calmly and fairly.",
                    "A complaint resolved well creates more loyalty than no problem at all.",
                    "Listen without interrupting, acknowledge the feeling, apologise for the experience, fix or "
                            + "escalate, and confirm the customer is satisfied.",
                    "You will practise with real (anonymised) complaints from our own teams.",
                    List.of(ModuleSpec.text("Why complaints are a gift",
                                    "What complaining customers tell us that silent ones never will."),
                            ModuleSpec.text("The LAST method", "Listen, Apologise, Solve, Thank."),
                            ModuleSpec.video("A complaint, three ways",
                                    "The same complaint handled badly, adequately and well.",
                                    "https://media.northwind.example/training/complaint-three-ways"),
                            ModuleSpec.quiz("Complaint scenarios", "Eight scenarios; 80% to pass."),
                            ModuleSpec.reflection(CUSTOMER_PROMPT))),
            new CourseSpec(PHONE_AND_CHAT, "Phone and Chat Etiquette", "STAFF", null,
                    "Warmth and clarity when the customer cannot see you.",
                    "On the phone and in chat, tone and words carry everything a smile would.",
                    "Opening and closing a call, holding and transferring politely, writing clear and friendly "
                            + "chat replies, and handling several chats without losing the personal touch.",
                    "Listen to recordings of your own calls with a colleague and pick one thing to keep.",
                    List.of(ModuleSpec.text("Your voice is your smile", "Pace, tone and the words we avoid."),
                            ModuleSpec.video("Hold and transfer", "How to put a caller on hold without losing them.",
                                    "https://media.northwind.example/training/hold-and-transfer"),
                            ModuleSpec.quiz("Chat replies", "Pick the better of two replies, ten times."))));

    private DemoCourses() {
    }
}

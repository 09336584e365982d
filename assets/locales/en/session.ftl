# The end of a session, shared by breathing, grounding and the wave (lib/ending.js): how
# it felt, if the person wants to say, and whether to keep a private note in What helped.

session-after = After this session
session-keep = Keep a private note of this in What helped
session-done = Done
# $reason says why, in a full sentence.
session-not-kept = Not kept. { $reason } You can go on without it.
session-keep-locked = Steady is locked, so nothing is kept in What helped this time.
session-moment-label = A moment you got through, in one sentence, if you like
session-moment-hint = It goes in Moments I got through, to read again in a hard moment. It is never counted.
# $reason says why, in plain words.
session-moment-not-kept = Your sentence was not kept. { $reason } It is still in the box.

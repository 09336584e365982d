//! Breathing cues through the default sound output (rodio). One thread owns the device:
//! it is opened once, just after the first screen is up, so the first cue is on time; with
//! no device the app carries on silently and says so once.

use std::num::NonZero;
use std::sync::mpsc::{channel, Sender};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use rodio::{ChannelCount, DeviceSinkBuilder, Player, SampleRate, Source};
use serde::Serialize;
use steady_core::breathing::cues::{CueTrack, SAMPLE_RATE};
use steady_core::breathing::Schedule;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
#[serde(tag = "state", rename_all = "snake_case")]
pub enum SoundStatus {
    Opening,
    Ready,
    /// No cues this run; the page words why from the reason.
    Missing {
        reason: Missing,
    },
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum Missing {
    /// No output device could be opened.
    NoDevice,
    /// The sound thread itself could not start.
    Failed,
}

enum Cmd {
    Start {
        schedule: Box<Schedule>,
        volume: f32,
    },
    Pause,
    Resume,
    Stop,
    Volume(f32),
    /// Open the device now, ahead of the first cue.
    Open,
}

pub struct Sound {
    tx: Mutex<Sender<Cmd>>,
    status: Arc<Mutex<SoundStatus>>,
}

/// The cue track as a rodio source: mono, 48 kHz.
struct Cues(CueTrack);

impl Iterator for Cues {
    type Item = f32;
    fn next(&mut self) -> Option<f32> {
        self.0.next()
    }
}

impl Source for Cues {
    fn current_span_len(&self) -> Option<usize> {
        None
    }
    fn channels(&self) -> ChannelCount {
        NonZero::<u16>::MIN
    }
    fn sample_rate(&self) -> SampleRate {
        NonZero::new(SAMPLE_RATE).unwrap_or(NonZero::<u32>::MIN)
    }
    fn total_duration(&self) -> Option<Duration> {
        None
    }
}

/// Settings volume (0-100) to gain: squared, since loudness is felt roughly that way.
pub fn gain(volume: u8) -> f32 {
    let v = f32::from(volume.min(100)) / 100.0;
    v * v
}

impl Sound {
    /// Starts the audio thread, which opens the default output straight away.
    pub fn start() -> Sound {
        Self::spawn(true)
    }

    /// Starts the audio thread without opening the device until `open` (or the first
    /// cue): probing the sound system costs start-up time the first screen should have.
    pub fn start_later() -> Sound {
        Self::spawn(false)
    }

    /// Opens the device now (after the first screen is up, long before the first cue).
    pub fn open(&self) {
        self.send(Cmd::Open);
    }

    fn spawn(open_now: bool) -> Sound {
        let (tx, rx) = channel::<Cmd>();
        let status = Arc::new(Mutex::new(SoundStatus::Opening));
        let shared = Arc::clone(&status);
        let spawned = std::thread::Builder::new()
            .name("steady-sound".into())
            .spawn(move || {
                let open_device = || match DeviceSinkBuilder::open_default_sink() {
                    Ok(mut d) => {
                        d.log_on_drop(false);
                        set(&shared, SoundStatus::Ready);
                        Some(d)
                    }
                    Err(e) => {
                        log::warn!(target: "steady", "no sound device: {e}");
                        eprintln!("{}", crate::terminal_words().get("cli-no-sound", &[]));
                        set(
                            &shared,
                            SoundStatus::Missing {
                                reason: Missing::NoDevice,
                            },
                        );
                        None
                    }
                };
                let mut device = if open_now { open_device() } else { None };
                let mut opened = open_now;
                let mut player: Option<Player> = None;
                while let Ok(cmd) = rx.recv() {
                    if !opened {
                        device = open_device();
                        opened = true;
                    }
                    match (cmd, device.as_mut()) {
                        (Cmd::Open, _) => {}
                        (Cmd::Start { schedule, volume }, Some(d)) => {
                            // Dropping the old player silences it at once.
                            drop(player.take());
                            let p = Player::connect_new(d.mixer());
                            p.set_volume(volume);
                            p.append(Cues(CueTrack::new(&schedule)));
                            player = Some(p);
                        }
                        (Cmd::Pause, _) => player.iter().for_each(Player::pause),
                        (Cmd::Resume, _) => player.iter().for_each(Player::play),
                        (Cmd::Stop, _) => player = None,
                        (Cmd::Volume(v), _) => player.iter().for_each(|p| p.set_volume(v)),
                        (Cmd::Start { .. }, None) => {}
                    }
                }
            });
        if let Err(e) = spawned {
            log::warn!(target: "steady", "no sound thread: {:?}", e.kind());
            eprintln!(
                "{}",
                crate::terminal_words().get("cli-no-sound-thread", &[])
            );
            set(
                &status,
                SoundStatus::Missing {
                    reason: Missing::Failed,
                },
            );
        }
        Sound {
            tx: Mutex::new(tx),
            status,
        }
    }

    pub fn status(&self) -> SoundStatus {
        self.status
            .lock()
            .map(|s| s.clone())
            .unwrap_or(SoundStatus::Opening)
    }

    fn send(&self, cmd: Cmd) {
        // If the audio thread is gone there is nothing to play on: the session goes on visually.
        if let Ok(tx) = self.tx.lock() {
            let _ = tx.send(cmd);
        }
    }

    pub fn play(&self, schedule: &Schedule, volume: u8) {
        self.send(Cmd::Start {
            schedule: Box::new(schedule.clone()),
            volume: gain(volume),
        });
    }

    pub fn pause(&self) {
        self.send(Cmd::Pause);
    }

    pub fn resume(&self) {
        self.send(Cmd::Resume);
    }

    pub fn stop(&self) {
        self.send(Cmd::Stop);
    }

    pub fn set_volume(&self, volume: u8) {
        self.send(Cmd::Volume(gain(volume)));
    }
}

fn set(status: &Mutex<SoundStatus>, s: SoundStatus) {
    if let Ok(mut g) = status.lock() {
        *g = s;
    }
}

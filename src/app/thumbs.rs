//! Photos on screen: thumbnails and screen-size masters are read from the store and decoded on a
//! worker thread, newest request first, then uploaded as textures. Only what was drawn recently
//! stays: the least recently drawn textures are dropped beyond a cap, so scrolling through
//! 10,000 products neither decodes what is off screen nor keeps it in memory.

use crate::domain::PhotoId;
use crate::storage::Store;
use egui::{ColorImage, TextureHandle, TextureOptions};
use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Condvar, Mutex};

/// Which copy of a photo to show.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Size {
    /// The stored thumbnail (about 400 px).
    Thumb,
    /// The master, scaled to at most this many pixels on the long edge.
    Screen(u32),
}

type Request = (PhotoId, Size);
/// A decoded photo (or `None` when it could not be read) for a request.
type Decoded = (Request, Option<ColorImage>);

/// Requests waiting for the worker; the newest is taken first, the oldest dropped past a cap.
#[derive(Default)]
struct Queue {
    items: Mutex<VecDeque<Request>>,
    wake: Condvar,
    /// Set when the window's state goes away: the worker stops and lets go of the store.
    closed: std::sync::atomic::AtomicBool,
}

const QUEUE_CAP: usize = 96;
/// Long edge a thumbnail is kept at on screen: twice the largest tile (104 points), so it stays
/// sharp on a high-density screen; a 400 px RGBA texture would take four times the memory.
const THUMB_SHOWN: u32 = 208;
/// Textures kept; a grid screen shows about 30 cards.
const TEXTURE_CAP: usize = 240;
/// Bytes of textures kept: about sixteen screen-size photos for fair mode, where each is ~5 MB.
/// What was drawn in the last frame always stays.
const TEXTURE_BUDGET: usize = 96 << 20;

pub struct Thumbs {
    queue: Arc<Queue>,
    done: Receiver<Decoded>,
    textures: HashMap<Request, (TextureHandle, u64)>,
    /// Bytes the textures take (RGBA).
    bytes: usize,
    pending: HashSet<Request>,
    failed: HashSet<Request>,
    frame: u64,
    /// Photos decoded and taken in as textures so far.
    decoded: u64,
    /// Set when a worker exists (none without a store).
    started: bool,
    sender: Option<(Store, Sender<Decoded>)>,
}

impl Thumbs {
    pub fn new(store: Option<Store>) -> Thumbs {
        let (send, done) = channel();
        Thumbs {
            queue: Arc::new(Queue::default()),
            done,
            textures: HashMap::new(),
            bytes: 0,
            pending: HashSet::new(),
            failed: HashSet::new(),
            frame: 0,
            decoded: 0,
            started: false,
            sender: store.map(|s| (s, send)),
        }
    }

    /// Starts the worker on first use; it wakes the window when a photo is ready.
    fn start(&mut self, ctx: &egui::Context) {
        if self.started {
            return;
        }
        self.started = true;
        let Some((store, send)) = self.sender.take() else {
            return;
        };
        let queue = self.queue.clone();
        let ctx = ctx.clone();
        let _ = std::thread::Builder::new()
            .name("etalase-photos".into())
            .spawn(move || {
                loop {
                    let request = {
                        let mut items = queue.items.lock().expect("queue lock");
                        loop {
                            if queue.closed.load(std::sync::atomic::Ordering::Relaxed) {
                                return;
                            }
                            if let Some(r) = items.pop_back() {
                                break r;
                            }
                            items = queue.wake.wait(items).expect("queue lock");
                        }
                    };
                    let image = load(&store, request);
                    if send.send((request, image)).is_err() {
                        return; // the window is gone
                    }
                    ctx.request_repaint();
                }
            });
    }

    /// Takes decoded photos in as textures and drops the least recently drawn beyond the cap.
    /// Called once a frame, before drawing.
    pub fn begin_frame(&mut self, ctx: &egui::Context) {
        self.frame += 1;
        while let Ok((request, image)) = self.done.try_recv() {
            self.pending.remove(&request);
            match image {
                Some(image) => {
                    self.decoded += 1;
                    let name = format!("photo-{:02x?}-{:?}", &request.0.0[..6], request.1);
                    let texture = ctx.load_texture(name, image, TextureOptions::LINEAR);
                    self.bytes += texture_bytes(&texture);
                    if let Some((old, _)) = self.textures.insert(request, (texture, self.frame)) {
                        self.bytes -= texture_bytes(&old);
                    }
                }
                None => {
                    self.failed.insert(request);
                }
            }
        }
        if self.textures.len() > TEXTURE_CAP || self.bytes > TEXTURE_BUDGET {
            let mut by_age: Vec<(u64, Request)> =
                self.textures.iter().map(|(k, (_, f))| (*f, *k)).collect();
            by_age.sort_by_key(|(frame, _)| *frame);
            for (frame, k) in by_age {
                let over = self.textures.len() > TEXTURE_CAP || self.bytes > TEXTURE_BUDGET;
                if !over || frame + 1 >= self.frame {
                    break;
                }
                if let Some((t, _)) = self.textures.remove(&k) {
                    self.bytes -= texture_bytes(&t);
                }
            }
        }
    }

    /// The texture of this photo if it is ready; otherwise asks for it and returns `None`.
    pub fn get(&mut self, ctx: &egui::Context, id: PhotoId, size: Size) -> Option<&TextureHandle> {
        let request = (id, size);
        let frame = self.frame;
        if self.textures.contains_key(&request) {
            let entry = self.textures.get_mut(&request).expect("just checked");
            entry.1 = frame;
            return Some(&entry.0);
        }
        if !self.pending.contains(&request) && !self.failed.contains(&request) {
            self.start(ctx);
            self.pending.insert(request);
            let mut items = self.queue.items.lock().expect("queue lock");
            items.push_back(request);
            while items.len() > QUEUE_CAP {
                if let Some(old) = items.pop_front() {
                    self.pending.remove(&old);
                }
            }
            self.queue.wake.notify_one();
        }
        None
    }

    /// Whether a photo could not be shown (missing or damaged in the store).
    pub fn failed(&self, id: PhotoId, size: Size) -> bool {
        self.failed.contains(&(id, size))
    }

    /// Whether nothing is waiting to be decoded (tests wait for this before a snapshot).
    pub fn idle(&self) -> bool {
        self.pending.is_empty()
    }

    /// How many textures are held (the benchmark reports it).
    pub fn texture_count(&self) -> usize {
        self.textures.len()
    }

    /// Photos decoded (on the worker) and taken in as textures since the window opened.
    pub fn decoded_count(&self) -> u64 {
        self.decoded
    }

    /// Bytes the held textures take.
    pub fn texture_bytes(&self) -> usize {
        self.bytes
    }
}

impl Drop for Thumbs {
    fn drop(&mut self) {
        self.queue
            .closed
            .store(true, std::sync::atomic::Ordering::Relaxed);
        // Take the lock so the worker is either waiting (and woken) or will see the flag.
        let _items = self.queue.items.lock();
        self.queue.wake.notify_all();
    }
}

fn texture_bytes(t: &TextureHandle) -> usize {
    let [w, h] = t.size();
    w * h * 4
}

fn load(store: &Store, (id, size): Request) -> Option<ColorImage> {
    let (bytes, edge) = match size {
        Size::Thumb => (store.photo_thumb(id).ok()??, THUMB_SHOWN),
        Size::Screen(edge) => (store.photo_master(id).ok()??, edge),
    };
    let rgb = crate::photos::decode_for_display(&bytes, edge).ok()?;
    let (w, h) = (rgb.width() as usize, rgb.height() as usize);
    Some(ColorImage::from_rgb([w, h], rgb.as_raw()))
}

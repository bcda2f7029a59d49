//! The app in a real window (eframe): preferences kept between runs, commands applied after each
//! frame, and the close button guarded when there are unsaved changes.

use super::{After, EtalaseApp, Prefs};
use std::path::Path;

const PREFS_KEY: &str = "etalase-prefs";

/// When the process started, for the start-up timing report.
static PROCESS_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// Notes the process start (called first thing in `main`).
pub fn mark_process_start() {
    PROCESS_START.get_or_init(std::time::Instant::now);
}

/// With `ETALASE_STARTUP_TIMING` set, prints to stderr how long after the process started the
/// first frame was on screen (reported when the second frame begins, so painting is included).
/// The app benchmark reads it.
fn report_startup(frames_drawn: u8, ctx: &egui::Context, products: usize) {
    if std::env::var_os("ETALASE_STARTUP_TIMING").is_none() {
        return;
    }
    match frames_drawn {
        0 => ctx.request_repaint(),
        1 => {
            if let Some(start) = PROCESS_START.get() {
                let ms = start.elapsed().as_secs_f64() * 1e3;
                eprintln!("first-frame-ms {ms:.1} products {products}");
            }
        }
        _ => {}
    }
}

impl EtalaseApp {
    /// One whole frame, as eframe runs it: [`EtalaseApp::logic`], then [`EtalaseApp::draw`]
    /// (what tests drive).
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        self.logic(ui.ctx());
        self.draw(ui);
    }

    /// What happens each frame before drawing: fonts and theme once, the clock, full screen,
    /// the close button, finished jobs, and the thumbnails' frame budget.
    pub fn logic(&mut self, ctx: &egui::Context) {
        if !self.styled {
            crate::ui::theme::install_fonts(ctx);
            self.styled = true;
        }
        if self.theme_applied != Some(self.prefs.dark) {
            crate::ui::theme::apply(ctx, self.prefs.dark);
            self.theme_applied = Some(self.prefs.dark);
        }
        self.clock = ctx.input(|i| i.time);
        self.expire_remarks();
        if let Some(on) = self.fullscreen.take() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(on));
        }
        if self.start_showcase {
            self.start_showcase = false;
            if self.screen == super::Screen::Products {
                self.enter_showcase(self.clock);
            }
        }
        let closing = ctx.input(|i| i.viewport().close_requested()) && !self.allow_close;
        if closing && let Some(showcase) = &mut self.showcase {
            // Alt+F4 at a fair asks for the way out like any other attempt.
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            showcase.exit = Some(super::showcase::ExitPrompt::default());
            showcase.touched(self.clock);
        } else if closing && self.form_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.leaving = Some(After::CloseWindow);
        }
        if self.frames_drawn < 2 {
            report_startup(self.frames_drawn, ctx, self.catalogue.products.len());
            self.frames_drawn += 1;
        }
        self.poll_job();
        // What the screen about to be drawn lists, brought up to date (each does nothing when
        // nothing it depends on changed).
        match self.screen {
            super::Screen::Products => self.refresh_visible(),
            super::Screen::Compliance | super::Screen::Producers => self.refresh_compliance(),
            super::Screen::Export => self.refresh_pdf_preview(ctx),
            super::Screen::Cards => self.refresh_card(ctx),
            _ => {}
        }
        self.thumbs.begin_frame(ctx);
        if self.busy() {
            ctx.request_repaint_after(std::time::Duration::from_millis(50));
        }
    }

    /// Draws the window, then applies the commands the drawing returned; the title and closing
    /// follow from the state they left.
    pub fn draw(&mut self, ui: &mut egui::Ui) {
        let commands = crate::ui::app_ui(ui, self);
        for c in commands {
            self.apply(c);
        }
        let ctx = ui.ctx();
        if let Some(text) = self.copy_to_clipboard.take() {
            ctx.copy_text(text);
        }
        // Unsaved changes show in the window's title too (as desktop editors mark them).
        let dirty = self.form_dirty();
        if self.title_dirty != Some(dirty) {
            self.title_dirty = Some(dirty);
            let title = if dirty { "● Etalase" } else { "Etalase" };
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.into()));
        }
        if self.allow_close && !self.close_sent {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            self.close_sent = true;
        }
    }
}

impl eframe::App for EtalaseApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        EtalaseApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.draw(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.saved_prefs());
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.auto_backup();
    }
}

/// The window icon: a green rounded square with a white crescent-like arc, drawn in code.
fn icon() -> egui::IconData {
    let size = 64u32;
    let mut rgba = Vec::with_capacity((size * size * 4) as usize);
    let c = size as f32 / 2.0;
    for y in 0..size {
        for x in 0..size {
            let (dx, dy) = (x as f32 + 0.5 - c, y as f32 + 0.5 - c);
            let r = (dx * dx + dy * dy).sqrt();
            let corner = (dx.abs() - 22.0).max(0.0).hypot((dy.abs() - 22.0).max(0.0)) <= 9.0;
            let inner = (dx + 5.0).hypot(dy - 2.0);
            let mark = r < 19.0 && inner > 15.0;
            let px = if !corner {
                [0, 0, 0, 0]
            } else if mark {
                [0xf6, 0xf5, 0xf0, 0xff]
            } else {
                [0x1f, 0x6f, 0x4a, 0xff]
            };
            rgba.extend_from_slice(&px);
        }
    }
    egui::IconData {
        rgba,
        width: size,
        height: size,
    }
}

/// Opens the window on the catalogue in `data_dir`. Returns the process exit code.
///
/// The window draws with wgpu (DX12 or Vulkan); where no such adapter works (old laptops, Wine,
/// some virtual machines) it starts again with OpenGL (glow), and says so on stderr.
pub fn run(data_dir: &Path, showcase: bool) -> i32 {
    let store_dir = data_dir.join("store");
    let forced = std::env::var("ETALASE_RENDERER").ok();
    let first = if forced.as_deref() == Some("glow") {
        eframe::Renderer::Glow
    } else {
        eframe::Renderer::Wgpu
    };
    let mut result = open_window(&store_dir, showcase, first);
    if let Err(e) = &result
        && first == eframe::Renderer::Wgpu
    {
        eprintln!("etalase: wgpu could not draw the window ({e}); trying OpenGL (glow)");
        result = open_window(&store_dir, showcase, eframe::Renderer::Glow);
    }
    match result {
        Ok(()) => 0,
        Err(e) => {
            let tr = crate::i18n::Translator::new(crate::i18n::system_lang());
            let key = if cfg!(windows) {
                "app-window-failed-windows"
            } else {
                "app-window-failed"
            };
            let message = tr.t_args(key, &[("reason", e.to_string().into())]);
            eprintln!("{message}");
            // A window program on Windows has no console to print to: say it in a box.
            #[cfg(windows)]
            {
                let _ = rfd::MessageDialog::new()
                    .set_title("Etalase")
                    .set_description(&message)
                    .set_level(rfd::MessageLevel::Error)
                    .show();
            }
            1
        }
    }
}

fn open_window(store_dir: &Path, showcase: bool, renderer: eframe::Renderer) -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Etalase")
            .with_app_id("etalase")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([900.0, 560.0])
            .with_icon(icon()),
        renderer,
        ..Default::default()
    };
    let store_dir = store_dir.to_path_buf();
    eframe::run_native(
        "etalase",
        options,
        Box::new(move |cc| {
            let prefs = cc
                .storage
                .and_then(|s| eframe::get_value::<Prefs>(s, PREFS_KEY))
                .unwrap_or_else(|| Prefs::new(crate::i18n::system_lang()));
            let mut app = EtalaseApp::new(&store_dir, prefs);
            app.start_showcase = showcase;
            Ok(Box::new(app))
        }),
    )
}

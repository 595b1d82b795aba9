//! Where each pane goes: the same rectangles for drawing and for the mouse.

use ratatui::layout::Rect;

/// The smallest terminal the TUI draws in.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// Gutter of the reader: paragraph number (3), passage marker (1), space (1).
pub const GUTTER: u16 = 5;

/// Screen regions, computed the same way for drawing and for the mouse.
#[derive(Debug, Clone, Copy, Default)]
pub struct Areas {
    pub header: Rect,
    pub list: Rect,
    pub reader: Rect,
    pub comments: Rect,
    pub status: Rect,
    pub footer: Rect,
}

/// Split the terminal into the Read view's regions.
pub fn areas(area: Rect) -> Areas {
    let h = area.height;
    let header = Rect::new(area.x, area.y, area.width, 1);
    let footer = Rect::new(area.x, area.y + h.saturating_sub(1), area.width, 1);
    let status = Rect::new(area.x, area.y + h.saturating_sub(2), area.width, 1);
    let body = Rect::new(area.x, area.y + 1, area.width, h.saturating_sub(3));
    let w = area.width;
    let list_w = if w >= 140 {
        32
    } else if w >= 100 {
        26
    } else {
        22
    };
    if w >= 100 {
        let comments_w = (w * 3 / 10).clamp(30, 56);
        let reader_w = w.saturating_sub(list_w + comments_w);
        Areas {
            header,
            list: Rect::new(body.x, body.y, list_w, body.height),
            reader: Rect::new(body.x + list_w, body.y, reader_w, body.height),
            comments: Rect::new(body.x + list_w + reader_w, body.y, comments_w, body.height),
            status,
            footer,
        }
    } else {
        let right_w = w.saturating_sub(list_w);
        let reader_h = body.height * 3 / 5;
        Areas {
            header,
            list: Rect::new(body.x, body.y, list_w, body.height),
            reader: Rect::new(body.x + list_w, body.y, right_w, reader_h),
            comments: Rect::new(
                body.x + list_w,
                body.y + reader_h,
                right_w,
                body.height - reader_h,
            ),
            status,
            footer,
        }
    }
}

//! serde values in bincode 2's standard encoding (`bincode::config::standard()`, the encoding
//! ziskos' `io::read`/`io::commit` use), written here because Debian packages only bincode 1,
//! which needs std. The format (bincode's docs/spec.md):
//!
//! * integers other than u8/i8 are varints: below 251 one byte; else a tag byte 251/252/253/254
//!   followed by the value as little-endian u16/u32/u64/u128; signed integers are zigzag-encoded
//!   first; usize/isize are u64/i64; u8, i8 are one byte; f32/f64 little-endian;
//! * bool one byte 0/1; char its UTF-8 bytes; str and byte slices a varint length and the bytes;
//! * Option a byte 0/1 then the value; sequences and maps a varint length then the elements
//!   (map entries key, value); tuples, arrays (fixed length), structs: the fields in order;
//! * enums: the variant index as a varint u32, then the fields; unit and unit structs: nothing.

use alloc::string::{String, ToString};
use alloc::vec::Vec;
use core::fmt;
use serde::de::{self, DeserializeSeed, IntoDeserializer, Visitor};
use serde::ser::{self, Serialize};

/// An encoding or decoding error.
#[derive(Debug)]
pub enum Error {
    /// The input ended before the value.
    UnexpectedEnd,
    /// A varint tag byte that is not valid here, or a value too large for its type.
    InvalidInteger,
    InvalidBool(u8),
    InvalidChar,
    InvalidUtf8,
    InvalidOption(u8),
    /// A sequence without a known length (bincode needs it up front).
    SequenceMustHaveLength,
    /// `deserialize_any`: the format does not describe itself.
    NotSelfDescribing,
    Custom(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Error::UnexpectedEnd => f.write_str("unexpected end of input"),
            Error::InvalidInteger => f.write_str("invalid integer encoding"),
            Error::InvalidBool(b) => write!(f, "invalid bool byte {}", b),
            Error::InvalidChar => f.write_str("invalid char encoding"),
            Error::InvalidUtf8 => f.write_str("invalid UTF-8 in a string"),
            Error::InvalidOption(b) => write!(f, "invalid Option tag {}", b),
            Error::SequenceMustHaveLength => f.write_str("a sequence must have a known length"),
            Error::NotSelfDescribing => f.write_str("bincode is not self-describing (deserialize_any)"),
            Error::Custom(m) => f.write_str(m),
        }
    }
}

impl ser::StdError for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Custom(msg.to_string())
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error::Custom(msg.to_string())
    }
}

type Result<T> = core::result::Result<T, Error>;

/// Encodes `value`.
pub fn encode_to_vec<T: Serialize + ?Sized>(value: &T) -> Result<Vec<u8>> {
    let mut e = Encoder { out: Vec::new() };
    value.serialize(&mut e)?;
    Ok(e.out)
}

/// Decodes a `T` from the start of `bytes`; returns it and the number of bytes it took.
pub fn decode_from_slice<'de, T: de::Deserialize<'de>>(bytes: &'de [u8]) -> Result<(T, usize)> {
    let mut d = Decoder { input: bytes, pos: 0 };
    let value = T::deserialize(&mut d)?;
    Ok((value, d.pos))
}

// ---------------------------------------------------------------------------------------------
// Encoding

struct Encoder {
    out: Vec<u8>,
}

impl Encoder {
    fn varint(&mut self, v: u64) {
        if v < 251 {
            self.out.push(v as u8);
        } else if v <= u16::MAX as u64 {
            self.out.push(251);
            self.out.extend_from_slice(&(v as u16).to_le_bytes());
        } else if v <= u32::MAX as u64 {
            self.out.push(252);
            self.out.extend_from_slice(&(v as u32).to_le_bytes());
        } else {
            self.out.push(253);
            self.out.extend_from_slice(&v.to_le_bytes());
        }
    }

    fn varint128(&mut self, v: u128) {
        if v <= u64::MAX as u128 {
            self.varint(v as u64);
        } else {
            self.out.push(254);
            self.out.extend_from_slice(&v.to_le_bytes());
        }
    }

    fn zigzag(v: i64) -> u64 {
        ((v << 1) ^ (v >> 63)) as u64
    }
}

impl<'a> ser::Serializer for &'a mut Encoder {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Self;
    type SerializeTupleVariant = Self;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Self;

    fn serialize_bool(self, v: bool) -> Result<()> {
        self.out.push(v as u8);
        Ok(())
    }
    fn serialize_i8(self, v: i8) -> Result<()> {
        self.out.push(v as u8);
        Ok(())
    }
    fn serialize_i16(self, v: i16) -> Result<()> {
        self.varint(Encoder::zigzag(v as i64));
        Ok(())
    }
    fn serialize_i32(self, v: i32) -> Result<()> {
        self.varint(Encoder::zigzag(v as i64));
        Ok(())
    }
    fn serialize_i64(self, v: i64) -> Result<()> {
        self.varint(Encoder::zigzag(v));
        Ok(())
    }
    fn serialize_i128(self, v: i128) -> Result<()> {
        self.varint128(((v << 1) ^ (v >> 127)) as u128);
        Ok(())
    }
    fn serialize_u8(self, v: u8) -> Result<()> {
        self.out.push(v);
        Ok(())
    }
    fn serialize_u16(self, v: u16) -> Result<()> {
        self.varint(v as u64);
        Ok(())
    }
    fn serialize_u32(self, v: u32) -> Result<()> {
        self.varint(v as u64);
        Ok(())
    }
    fn serialize_u64(self, v: u64) -> Result<()> {
        self.varint(v);
        Ok(())
    }
    fn serialize_u128(self, v: u128) -> Result<()> {
        self.varint128(v);
        Ok(())
    }
    fn serialize_f32(self, v: f32) -> Result<()> {
        self.out.extend_from_slice(&v.to_bits().to_le_bytes());
        Ok(())
    }
    fn serialize_f64(self, v: f64) -> Result<()> {
        self.out.extend_from_slice(&v.to_bits().to_le_bytes());
        Ok(())
    }
    fn serialize_char(self, v: char) -> Result<()> {
        let mut buf = [0u8; 4];
        self.out.extend_from_slice(v.encode_utf8(&mut buf).as_bytes());
        Ok(())
    }
    fn serialize_str(self, v: &str) -> Result<()> {
        self.serialize_bytes(v.as_bytes())
    }
    fn serialize_bytes(self, v: &[u8]) -> Result<()> {
        self.varint(v.len() as u64);
        self.out.extend_from_slice(v);
        Ok(())
    }
    fn serialize_none(self) -> Result<()> {
        self.out.push(0);
        Ok(())
    }
    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result<()> {
        self.out.push(1);
        value.serialize(self)
    }
    fn serialize_unit(self) -> Result<()> {
        Ok(())
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<()> {
        Ok(())
    }
    fn serialize_unit_variant(self, _: &'static str, index: u32, _: &'static str) -> Result<()> {
        self.varint(index as u64);
        Ok(())
    }
    fn serialize_newtype_struct<T: Serialize + ?Sized>(self, _: &'static str, value: &T) -> Result<()> {
        value.serialize(self)
    }
    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _: &'static str,
        index: u32,
        _: &'static str,
        value: &T,
    ) -> Result<()> {
        self.varint(index as u64);
        value.serialize(self)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Self> {
        let len = len.ok_or(Error::SequenceMustHaveLength)?;
        self.varint(len as u64);
        Ok(self)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_tuple_variant(self, _: &'static str, index: u32, _: &'static str, _: usize) -> Result<Self> {
        self.varint(index as u64);
        Ok(self)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Self> {
        let len = len.ok_or(Error::SequenceMustHaveLength)?;
        self.varint(len as u64);
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, _: usize) -> Result<Self> {
        Ok(self)
    }
    fn serialize_struct_variant(self, _: &'static str, index: u32, _: &'static str, _: usize) -> Result<Self> {
        self.varint(index as u64);
        Ok(self)
    }
    fn is_human_readable(&self) -> bool {
        false
    }
}

macro_rules! compound {
    ($trait:ident, $method:ident $(, $key:ident)?) => {
        impl<'a> ser::$trait for &'a mut Encoder {
            type Ok = ();
            type Error = Error;
            fn $method<T: Serialize + ?Sized>(&mut self, $($key: &'static str,)? value: &T) -> Result<()> {
                $(let _ = $key;)?
                value.serialize(&mut **self)
            }
            fn end(self) -> Result<()> {
                Ok(())
            }
        }
    };
}

compound!(SerializeSeq, serialize_element);
compound!(SerializeTuple, serialize_element);
compound!(SerializeTupleStruct, serialize_field);
compound!(SerializeTupleVariant, serialize_field);
compound!(SerializeStruct, serialize_field, key);
compound!(SerializeStructVariant, serialize_field, key);

impl<'a> ser::SerializeMap for &'a mut Encoder {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result<()> {
        key.serialize(&mut **self)
    }
    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result<()> {
        value.serialize(&mut **self)
    }
    fn end(self) -> Result<()> {
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding

struct Decoder<'de> {
    input: &'de [u8],
    pos: usize,
}

impl<'de> Decoder<'de> {
    fn take(&mut self, n: usize) -> Result<&'de [u8]> {
        if self.input.len() - self.pos < n {
            return Err(Error::UnexpectedEnd);
        }
        let s = &self.input[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    fn byte(&mut self) -> Result<u8> {
        Ok(self.take(1)?[0])
    }

    fn varint128(&mut self) -> Result<u128> {
        let tag = self.byte()?;
        Ok(match tag {
            0..=250 => tag as u128,
            251 => u16::from_le_bytes(self.take(2)?.try_into().unwrap()) as u128,
            252 => u32::from_le_bytes(self.take(4)?.try_into().unwrap()) as u128,
            253 => u64::from_le_bytes(self.take(8)?.try_into().unwrap()) as u128,
            254 => u128::from_le_bytes(self.take(16)?.try_into().unwrap()),
            _ => return Err(Error::InvalidInteger),
        })
    }

    fn varint(&mut self) -> Result<u64> {
        u64::try_from(self.varint128()?).map_err(|_| Error::InvalidInteger)
    }

    fn unzigzag(v: u64) -> i64 {
        ((v >> 1) as i64) ^ -((v & 1) as i64)
    }

    fn len(&mut self) -> Result<usize> {
        usize::try_from(self.varint()?).map_err(|_| Error::InvalidInteger)
    }

    fn bytes(&mut self) -> Result<&'de [u8]> {
        let n = self.len()?;
        self.take(n)
    }

    fn str(&mut self) -> Result<&'de str> {
        core::str::from_utf8(self.bytes()?).map_err(|_| Error::InvalidUtf8)
    }
}

macro_rules! unsigned {
    ($method:ident, $visit:ident, $t:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let v = self.varint()?;
            visitor.$visit(<$t>::try_from(v).map_err(|_| Error::InvalidInteger)?)
        }
    };
}

macro_rules! signed {
    ($method:ident, $visit:ident, $t:ty) => {
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
            let v = Decoder::unzigzag(self.varint()?);
            visitor.$visit(<$t>::try_from(v).map_err(|_| Error::InvalidInteger)?)
        }
    };
}

impl<'de, 'a> de::Deserializer<'de> for &'a mut Decoder<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error::NotSelfDescribing)
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.byte()? {
            0 => visitor.visit_bool(false),
            1 => visitor.visit_bool(true),
            b => Err(Error::InvalidBool(b)),
        }
    }
    fn deserialize_i8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_i8(self.byte()? as i8)
    }
    signed!(deserialize_i16, visit_i16, i16);
    signed!(deserialize_i32, visit_i32, i32);
    signed!(deserialize_i64, visit_i64, i64);
    fn deserialize_i128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.varint128()?;
        visitor.visit_i128(((v >> 1) as i128) ^ -((v & 1) as i128))
    }
    fn deserialize_u8<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u8(self.byte()?)
    }
    unsigned!(deserialize_u16, visit_u16, u16);
    unsigned!(deserialize_u32, visit_u32, u32);
    unsigned!(deserialize_u64, visit_u64, u64);
    fn deserialize_u128<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_u128(self.varint128()?)
    }
    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f32(f32::from_bits(u32::from_le_bytes(self.take(4)?.try_into().unwrap())))
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_f64(f64::from_bits(u64::from_le_bytes(self.take(8)?.try_into().unwrap())))
    }
    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let first = self.byte()?;
        let width = match first {
            0x00..=0x7F => 1,
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return Err(Error::InvalidChar),
        };
        let mut buf = [first, 0, 0, 0];
        buf[1..width].copy_from_slice(self.take(width - 1)?);
        let s = core::str::from_utf8(&buf[..width]).map_err(|_| Error::InvalidChar)?;
        visitor.visit_char(s.chars().next().ok_or(Error::InvalidChar)?)
    }
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.str()?)
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_str(self.str()?)
    }
    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_bytes(self.bytes()?)
    }
    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_borrowed_bytes(self.bytes()?)
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        match self.byte()? {
            0 => visitor.visit_none(),
            1 => visitor.visit_some(self),
            b => Err(Error::InvalidOption(b)),
        }
    }
    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }
    fn deserialize_unit_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_unit()
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _: &'static str, visitor: V) -> Result<V::Value> {
        visitor.visit_newtype_struct(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let len = self.len()?;
        visitor.visit_seq(Counted { d: self, left: len })
    }
    fn deserialize_tuple<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        visitor.visit_seq(Counted { d: self, left: len })
    }
    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _: &'static str, len: usize, visitor: V) -> Result<V::Value> {
        visitor.visit_seq(Counted { d: self, left: len })
    }
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let len = self.len()?;
        visitor.visit_map(Counted { d: self, left: len })
    }
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_seq(Counted { d: self, left: fields.len() })
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _: &'static str,
        _: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value> {
        visitor.visit_enum(self)
    }
    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value> {
        let v = self.varint()?;
        visitor.visit_u32(u32::try_from(v).map_err(|_| Error::InvalidInteger)?)
    }
    fn deserialize_ignored_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value> {
        Err(Error::NotSelfDescribing)
    }
    fn is_human_readable(&self) -> bool {
        false
    }
}

/// A sequence, tuple, struct or map with a known number of elements left.
struct Counted<'a, 'de> {
    d: &'a mut Decoder<'de>,
    left: usize,
}

impl<'a, 'de> de::SeqAccess<'de> for Counted<'a, 'de> {
    type Error = Error;
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.d).map(Some)
    }
    fn size_hint(&self) -> Option<usize> {
        // bounded, so that a corrupt length cannot make a collection reserve without limit
        Some(core::cmp::min(self.left, 4096))
    }
}

impl<'a, 'de> de::MapAccess<'de> for Counted<'a, 'de> {
    type Error = Error;
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>> {
        if self.left == 0 {
            return Ok(None);
        }
        self.left -= 1;
        seed.deserialize(&mut *self.d).map(Some)
    }
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value> {
        seed.deserialize(&mut *self.d)
    }
    fn size_hint(&self) -> Option<usize> {
        Some(core::cmp::min(self.left, 4096))
    }
}

impl<'a, 'de> de::EnumAccess<'de> for &'a mut Decoder<'de> {
    type Error = Error;
    type Variant = Self;
    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self)> {
        let index = u32::try_from(self.varint()?).map_err(|_| Error::InvalidInteger)?;
        let v = seed.deserialize(IntoDeserializer::<Error>::into_deserializer(index))?;
        Ok((v, self))
    }
}

impl<'a, 'de> de::VariantAccess<'de> for &'a mut Decoder<'de> {
    type Error = Error;
    fn unit_variant(self) -> Result<()> {
        Ok(())
    }
    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value> {
        visitor.visit_seq(Counted { d: self, left: len })
    }
    fn struct_variant<V: Visitor<'de>>(self, fields: &'static [&'static str], visitor: V) -> Result<V::Value> {
        visitor.visit_seq(Counted { d: self, left: fields.len() })
    }
}
